"""What the error decoder knows, as data: concepts in Czech, English and Russian, and each catalogue
entry as combinations of concepts with a weight (read by diagnose.py).

A concept is a list of words and short phrases per language, separated by "|". Words are compared by
their stems (the Snowball stemmers of that language), so one form stands for its inflections:
"failed" for "fails", "heslo" for "hesla" and "heslem", "пароль" for "пароля". A few forms are listed
where the stemmer gives them another stem (Czech written without diacritics, irregular words). Words
under "*" are compared exactly as written, in any language: codes, protocol names, identifiers.
"""

from __future__ import annotations

APP, AUTH = "app-password-required", "authentication-failed"
NONE = ""  # rules of texts that are none of the entries: their words explain nothing else (diagnose.py)
GUESS = 0  # a rule's weight: a failure that names no cause, answered only when no other rule holds in the text
LOCAL = 8  # a NONE rule's weight: its words explain themselves only, and a guess beside them still counts
CONN, SEC, CERT = "connection-failed", "wrong-security", "tls-certificate"

CONCEPTS: dict[str, dict[str, str]] = {
    # --- signing in ------------------------------------------------------------------------------
    "signin": {
        "en": "login | log in | logon | log on | logged in | log into | logged into | sign in | signin | signed in | "
              "sign into | sign on | sign you in | "
              "log you in | authenticate | authentication | authentification | authenticated | auth | credentials | "
              "credential | log the user in | log the user on",
        "cs": "přihlaste | pověření | přihlášení | přihlásit | přihlašování | přihlašovací | přihlášen | prihlaseni | "
              "prihlasit | autentizace | autentizovat | autentifikace | autentikace | ověření | ověřování | overeni | "
              "autorizace | přihlašovací údaje | ověření totožnosti | ověřit totožnost | ověřování totožnosti | "
              "přihlašte | přihlásil | přihlásila | přihlásí | autorizovat | autentizační | autentifikační | "
              "přihlašuje | přihlašovat | udělení oprávnění | ověřit vůči | ověření vůči | ověřování vůči",
        "ru": "авторизуйтесь | аутентификационные | вход | входа | войти | входе | авторизация | авторизоваться | "
              "аутентикация | аутентикации | "  # (a misspelling real translations carry)
              "авторизироваться | авторизации | аутентификация | аутентифицироваться | аутентификации | "
              "идентификация | идентификации | логин | залогиниться | залогинен | учётные данные | учетные данные | "
              "проверка подлинности | проверки подлинности | проверку подлинности | проверка доступа | "
              "проверки доступа | регистрация | регистрации | войдите | войти в | данные для входа | "
              "подтверждение подлинности | подтверждения подлинности | подтверждении подлинности",
        # (not stemmed: the English stem of "authorization" is that of "authority")
        # "loginu", "loginem": the Czech stemmer cuts "login" to "log", which every English "log" would match
        "*": "authetication | přihl | preauthentication | preautentizace | authenticationfailed | authfailed | "
             "authorization | authorisation | authorizationfailed | loginu | loginem",
    },
    "less-secure": {  # a provider's "less secure apps" (a sign-in with the main password): an app password is the way
        "en": "less secure | less secure apps | less secure app | less secure login | less secure sign-in",
        "cs": "méně zabezpečené | méně zabezpečených | méně bezpečné | méně bezpečných",
        "ru": "менее безопасный | менее безопасные | менее безопасных | менее безопасного | менее надёжные | "
              "менее надежные",
    },
    "maintenance": {  # a server down for maintenance: for a while, not for the reader's settings
        "en": "maintenance | maintenance mode | under maintenance",
        "cs": "údržba | údržby | údržbě | režimu údržby | režim údržby | odstávka | odstávky",
        "ru": "режиме обслуживания | режим обслуживания | техническое обслуживание | технического обслуживания | "
              "технические работы | технических работ",
    },
    "http-401": {  # HTTP's status 401: the credentials refused (a mail program over EWS, ActiveSync or JMAP)
        "*": "401 unauthorized | http 401 | error 401 | code 401 | status 401 | http code 401 | kód chyby 401 | "
             "chyba 401 | kód 401 | kódem 401 | kódem chyby 401 | код 401 | ошибка 401 | код ошибки 401 | "
             "response 401 | response is 401 | response code 401 | odpověď 401 | kód odpovědi 401 | ответ 401 | "
             "код ответа 401 | "
             # the body of a web server's 401 page
             "could not verify that you are authorized | could not verify that you are authorised",
    },
    "unauthorized": {  # a sign-in refused in one word (HTTP's and IMAP's "not authorized")
        "cs": "neautorizován | neautorizováno | neautorizovaný | neověřený uživatel | ne autentizován | "
              "neautentizován | neautentizováno | neautentizovaný | není autorizován | není autorizována | "
              "není autorizováno | nejste autorizováni | již není autorizován | již není autorizována | "
              "už není autorizován | neoprávněný | neoprávněná | neoprávněné | neoprávněn | není autentizován | "
              "není autentizována | není autentizováno | není oprávněn | není oprávněna",
        "ru": "неавторизован | не авторизован | не авторизованы | не аутентифицирован | неавторизованный | "
              "больше не авторизован | больше не авторизовано",
        "*": "unauthorized | unauthorised | unauthenticated | not authenticated | not authorized | not authorised | "
             "not an authorized | not an authorised | "
             "no longer authorized | no longer authorised | no longer be authorized | no longer be authorised | "
             "not appear to be authenticated | not seem to be authenticated",
    },
    "password": {
        "en": "password | passwd | passphrase | credentials | credential | login details | login data | "
              "sign-in details | login information | sign-in information",
        "cs": "heslo | hesla | heslem | přihlašovací údaje | hesel | pověření | pověřovací údaje | přístupové údaje | "
              "přístupových údajů | přihlašovacích údajů | přihlašovacími údaji",
        "ru": "пароль | пароля | паролем | пароле | учётные данные | учетные данные | полномочия | полномочий | "
              "удостоверения | удостоверений | данные о подлинности | данных о подлинности | данные для доступа | "
              "данные доступа | данные для входа | данных для входа | данные для аутентификации | "
              "данные аутентификации | данные для авторизации | данные авторизации | введенные реквизиты | "
              "введённые реквизиты | реквизиты для входа | реквизиты доступа | реквизитов доступа",
        "*": "parol | user/pass | username/pass | login/pass",  # Mail.ru's transliteration; "pass" short for it
    },
    "user": {
        "en": "user | username | user name | account | login name | employee",
        "cs": "uživatel | uživatelské jméno | uživatelským jménem | účet | účtu | uzivatel | ucet | konto | konta | "
              "kontu | zaměstnanec",
        # Snowball stems "запись" to "зап" but "записи" to "запис": both forms of the phrase are listed
        "ru": "пользователь | имя пользователя | учётная запись | учетная запись | учётной записи | учетной записи | "
              "аккаунт | сотрудник",
    },
    "account": {  # the reader's own account, named as such (a recipient is a user, a mailbox, an address)
        "en": "account",
        "cs": "účet | účtu | konto | konta",
        "ru": "учётная запись | учетная запись | учётной записи | учетной записи | аккаунт",
    },
    "profile": {  # a user's profile on a service, which a provider blocks as it blocks an account
        "en": "profile",
        "cs": "profil | profilu",
        "ru": "профиль | профиля",
    },
    "username": {  # the name a program signs in with (not the account as a whole)
        "en": "username | user name | login name",
        "cs": "uživatelské jméno | uživatelským jménem | uživatelského jména | přihlašovací jméno | jméno uživatele | "
              "jména uživatele",
        "ru": "имя пользователя | имени пользователя | логин",
    },
    "app": {
        "en": "app | application | app-specific | external application | external app | third-party app",
        "cs": "aplikace | aplikaci | aplikační | externí aplikace",
        "ru": "приложение | приложения | внешнее приложение | внешнего приложения",
        "*": "prilozheniya | prilozhenija | aplication",  # Mail.ru's transliteration and spelling
    },
    "check": {
        "en": "check | verify | double check | make sure | ensure | confirm | prove | test | establish | "
              "determine | review | "
              "verification | verifying",
        "cs": "zkontrolujte | zkontrolovat | překontrolujte | ověřte | ověřit | overte | overit | ujistěte | "
              "potvrďte | kontrola | otestovat | otestování | kontroly | kontrolu | potvrdit | potvrzení | prokázat | "
              "test | testu | testování | testovat | zjistit | určit | ověřena | ověřen | ověřeno | prohlédněte | "
              "prohlédnout",
        # «проверте»: a misspelling of «проверьте» that real translations carry
        "ru": "проверьте | проверте | проверить | проверка | убедитесь | подтвердить | подтверждение | подтверждения | "
              "доказать | тест | тестирование | тестировании | тестировать | определить | просмотрите",
    },
    # --- failure, refusal, wrong ---------------------------------------------------------------
    "fail": {
        "en": "fail | failed | failure | failing | error | unable | cannot | can not | can't | could not | couldn't | "
              "unsuccessful | unsuccessfull | not successful | not working | isn't working | aren't working | "
              "did not succeed | didn't succeed | not succeed | impossible | problem | "
              "no longer | connection issues | connection issue | issue | issues | trouble | did not pass | "
              "no passing | "
              "not able | wasn't able | weren't able | exception | not possible | "
              "went wrong | did not work | didn't work | wasn't successful | weren't successful | "
              "was not successful | were not successful | "
              # a task that ended with an error ("Sync finished with error")
              "finished with error | finished with errors | completed with error | completed with errors | "
              "ended with error | ended with errors | giving up | gave up",
        "cs": "nedokázal | nezdaří | selhalo | selhala | selhal | selhání | nezdařilo | nezdařila | nezdařil | "
              "nepodařilo | nepodařil | nelze | není možné | nemohl | nemohla | nemůže | nemohu | nemůžu | chyba | "
              "chyby | chybou | neúspěšné | nebylo úspěšné | nebyla úspěšná | neúspěch | nepovedlo | neproběhlo | "
              "neproběhla | nezdarilo | nepodarilo | problém | problémy | problému | problémem | nesplnil | "
              "nesplnila | neprošel | neprošla | nebylo možné | není možno | výjimka | výjimce | výjimku | nedaří | "
              "nedařilo | nedaří se | nezdar | nezdaru | nejde | nešlo | nemožné | nemožný | neuspěl | neuspěla | "
              "neuspělo | nezdařený | nezdařené | nepodaří | selže | selhává | selhávají | nemůžeme | nejsme schopni | "
              "nejsem schopen | nezvládl | nezvládla | nezvládlo | nezvládli | "
              "není schopen | není schopna | není schopno | nebyl schopen | nebyla schopna | "
              "neměl možnost | neměla možnost | nemělo možnost | nemá možnost | nebyli jsme schopni | potíže | "
              "potížím | potíží | potížemi | pokazilo | pokazil | pokazila | dokončena s chybou | dokončeno s chybou | "
              "dokončen s chybou | dokončena s chybami | dokončeno s chybami | skončila s chybou | skončilo s chybou | "
              "skončil s chybou | skončila chybou | skončilo chybou | skončil chybou | nefunguje | nefungoval | "
              "nefungovala | nefungovalo | nemohou | nemohly | nemohli | nemohlo",
        "ru": "не удастся | не в состоянии | не состоялась | не состоялось | не состоялся | проблем | проблемы | "
              "ошибка | ошибки | ошибкой | сбой | не удалось | не удается | "
              "не удаётся | неработоспособном | неработоспособен | неработоспособно | невозможно | не возможно | "
              "не может | завершилась неудачей | завершилось неудачей | завершился неудачей | закончилась неудачей | "
              "не могу | неудачно | неудачная | не выполнен | не выполнено | не прошла | не прошел | не прошёл | "
              "не прошло | не пройдена | неудача | не удался | не удалась | безуспешной | безуспешно | "
              "не установлено | не установлен | не получилось | не получается | проблема | исключение | неуспешно | "
              "неуспешный | неуспешная | неуспешной | не смог | не смогла | не смогли | не смогло | не вышло | "
              "невозможен | провалилась | провалилось | провалился | провален | провалена | не увенчалась успехом | "
              "не увенчалось успехом | не увенчался успехом | не можем | не могли | не было успешным | "
              "не был успешным | не была успешной | пошло не так | неудалось | не успешна | не успешно | не успешен | "
              "не успешной | неполадки | неполадка | неполадок | завершена с ошибкой | завершено с ошибкой | "
              "завершен с ошибкой | завершён с ошибкой | завершена с ошибками | завершено с ошибками | "
              "завершилась с ошибкой | завершилось с ошибкой | завершился с ошибкой | закончилась с ошибкой | "
              "закончилось с ошибкой | закончился с ошибкой | не сработал | не сработала | не сработало | "
              "нет возможности | не было возможности | не могут | не смогут",
    },
    "refused": {
        "en": "refused | refuse | refusing | rejected | reject | rejecting | denied | deny | declined | not accepted | "
              "not accept | wasn't accepted | were not accepted | not allowed | not permitted | does not allow | "
              "doesn't allow | didn't accept | doesn't accept | don't accept",
        "cs": "neumožňuje | zamítá | odmítají | odmítána | odmítne | odmítnuto | odmítnut | odmítnuta | odmítl | "
              "odmítla | odmítá | odmítnutí | zamítnuto | zamítnut | odepřen | odepřeno | odepřel | odepřela | "
              "nepřijat | nepřijato | nepřijímá | odmítnuto druhou | odmitnuto | nebyl přijat | nebyly přijaty | "
              "nebylo přijato | nebyla přijata | není povoleno | nepovoluje | nepřijal | nepřijala | odmítnul | "
              "odmítnula | zamítl | zamítla | zamítnul | zamítnula | nepovolil | nepovolila | neakceptuje | "
              "neakceptováno | neakceptován",
        "ru": "отказано | отказ | отклонено | отклонён | отклонен | отклонил | отвергнут | отверг | не принято | "
              "не принят | не принимает | не приняты | не принята | не были приняты | не разрешено | не разрешает | "
              "не позволяет | не принял | не приняла | отказал | отказала | отказался | отклонённый | отклоненный | "
              "отказывает | отказывается | отклоняет | отклоняется | отвергает | не был принят | не была принята | "
              "не было принято",
        "*": "winerror 10061 | error 10061 | wsaeconnrefused | econnrefused",
    },
    "wrong": {
        "en": "wrong | incorrect | invalid | bad | not valid | not correct | unacceptable | not acceptable | "
              "damaged | corrupted | mistyped | erroneous | incomplete | not complete | misconfigured | unsuitable | "
              "not suitable | weird | strange | not usable | unusable | misspelt | misspelled",
        "cs": "nevyhovující | nepřípustný | nepřípustné | nepřípustná | špatné | špatný | špatně | nesprávné | "
              "nesprávný | nesprávná | nesprávně | chybné | chybný | chybně | neplatné | neplatný | neplatná | "
              "není platný | není správné | není správný | není správná | není správně | nepřijatelný | nepřijatelné | "
              "spatne | nespravne | neplatne | poškozen | poškozený | poškozené | nekompletní | neúplný | neúplné | "
              "neúplná | vadný | vadné | vadná | nejsou správné | nejsou správná | nejsou platné | nejsou platná | "
              "nekorektní | nevalidní | nebylo správné | nebyl správný | nebyla správná | nevhodný | nevhodná | "
              "nevhodné | podivný | podivná | nepoužitelný | nepoužitelná | nepoužitelné",
        "ru": "неподходящий | недопустимы | недопустим | некорректен | некорректна | неприемлем | ошибочен | "
              "неверный | неверное | неверная | неверно | неправильный | неправильное | неправильно | плохой | "
              "плохая | плохое | некорректный | некорректное | недействительный | недействителен | недействительна | "
              "недопустимый | неприемлемый | повреждён | поврежден | повреждённый | поврежденный | не верны | "
              "непригоден | непригодна | непригодный | "
              "не верен | не верно | не верна | не действителен | не действительна | не действительно | "
              "не действительны | ошибочный | ошибочное | ошибочная | неверен | не тот | не та | неполный | неполная | "
              "неполное | дефектный | не правильный | не правильное | не правильная | не правильные | не правильно | "
              "не корректный | не корректное | не корректная | не корректные | не корректно | не подходит | "
              "не подходят | невалидный | невалидное | невалидная",
    },
    "required": {
        "en": "required | require | requires | need | needed | needs | must | instead",
        "cs": "požaduje | požadují | vyžadováno | vyžaduje | vyžadován | vyžadována | požadováno | požadován | "
              "požadována | nutné | nutno | potřeba | potřebuje | potřebují | potřebujete | musíte | namísto | místo | "
              "třeba",
        "ru": "запрашивает | необходим | необходимо | требуется | требует | нужен | нужно | нуждается | вместо",
        "*": "neobhodim",  # Mail.ru's transliteration
    },
    # --- certificates and trust ---------------------------------------------------------------
    "certificate": {
        "en": "certificate | certificates | cert | certification | certification path | certify",
        "cs": "certifikát | certifikátu | certifikátem | certifikáty | certifikat | certifikatu | osvědčení",
        "ru": "сертификат | сертификата | сертификату | сертификации | "
              "сертефикат | сертифекат | сертефиката | сертифеката",
        # DANE: the certificate that the server's DNS vouches for (not "dane" alone: Czech „dané“, given)
        # "CA": the certificate authority, in Latin letters in every language ("Endpoint TLS CA not trusted")
        "*": "ca | x509 | pkix | certpath | ocsp | dane verification | dane validation | tlsa",
    },
    "trust": {
        "en": "trust | trusted | untrusted | trustworthy | distrusted | issuer | signed by | signer | self-signed | "
              "self signed | certificate chain | chain of trust | trust chain | chain validation | "
              "chain verification | incomplete chain | chain is incomplete | in chain | in the chain | chain errors | "
              "root certificate | root ca | root authority | revoked | revocation | ca bundle | "
              "ca file | ca certificates",
        "cs": "revokován | revokována | revokovaný | revokace | revokační | důvěryhodný | důvěryhodného | "
              "důvěryhodnou | důvěryhodné | nedůvěryhodný | důvěra | důvěřovat | důvěřováním | nedůvěřovat | "
              "autorita | autoritou | vydavatel | vydavatele | vydán | vydal | podepsán | podepsaný | pravost | "
              "kořenový certifikát | kořenové certifikáty | kořenová autorita | kořenové autority | odvolán | "
              "duveryhodny | řetězec certifikátů | řetězci certifikátů | řetězu certifikátů | řetěz certifikátů | "
              "důvěryhodnost | důvěryhodnosti | vlastním podpisem | certifikační autorita | certifikační autority | "
              "certifikační autoritou | zneplatněn | zneplatněný | zneplatněno | zneplatněna | anulován | anulovaný | "
              "anulováno | anulována | vystaven | vystavený | vystavitel | vystavitele | odvolání certifikátu | "
              "certifikát zrušen | certifikát byl zrušen | "
              "funkce odvolání | server odvolání | kontrola odvolání | kontrolu odvolání | seznam odvolaných | "
              "věrohodnost | věrohodnosti | věrohodný | věrohodné | věrohodná | certifikační řetězec | "
              "certifikačního řetězce | certifikačním řetězci | řetězu",
        "ru": "доверие | доверия | доверенный | доверенным | доверять | доверяло | недоверенный | издатель | "
              "издавший | изданного | центр сертификации | подписан | подписанный | "
              "самоподписанный | самоподписанным | корневой сертификат | корневого сертификата | "
              "корневому сертификату | корневой центр | корневые сертификаты | корневых сертификатов | отозван | "
              "ненадёжный | ненадежный | цепочка | цепочке | "
              "удостоверяющий центр | удостоверяющего центра | удостоверяющим центром | самозаверяющий | "
              "самозаверяющего | самозаверенный | "
              "аннулирован | аннулирована | аннулировано | аннулированный | "
              "доверительные | доверительных | выпущен | выпущена | надёжного | надежного | надёжный | надежный | "
              "надёжным | надежным | выдан | кем выдан | "
              # «отзыв» alone is also feedback: only the revocation of a certificate
              "функции отзыва | функция отзыва | сервер отзыва | сервера отзыва | проверить отзыв | проверка отзыва | "
              "проверки отзыва | список отзыва | списка отзыва | отзыва сертификата | отзыв сертификата | "
              "отзыве сертификата",
        "*": "authority | authorities | authenticity | authentic | invalidated",  # the English stem of these is that of
        # "authentication"; of "invalidated", that of "invalid"
    },
    "untrusted": {
        "en": "untrusted | not trusted | distrusted | untrustworthy | not trustworthy",
        "cs": "nedůvěryhodný | nedůvěryhodné | nedůvěryhodná | není důvěryhodný | není důvěryhodné | nedůvěryhodny | "
              "nedůvěřuje | nedůvěřují",
        "ru": "не имеющим доверия | отсутствует отношение доверия | не заслуживает доверия | ненадёжный | ненадежный | "
              "недоверенный | не доверенный | не является доверенным | не доверяет | недоверяемый | недоверяемого | "
              "недоверяемым | неподтверждённый | неподтвержденный | неподтверждённого | неподтвержденного | "
              "недостоверный | недостоверного | недостоверен",
    },
    "identity": {
        "en": "identity | prove that it is | prove its identity | identification",
        "cs": "identita | identitu | identity | identitě | pravost | totožnost serveru | totožnosti serveru | "
              "prokázat, že je | prokázat svou totožnost | autenticita | autenticity | autenticitu | identifikace | "
              "identifikací | identifikaci | nepodvrženost | totožnost této | totožnost stránky | "
              "totožnost neověřena | totožnost nebyla ověřena",
        "ru": "подлинность сервера | подлинности сервера | подлинность удалённого сервера | "
              "подлинности удалённого сервера | подлинность узла | подлинность хоста | подлинности хоста | "
              "доказать, что он | подтвердить, что он | "
              "подтвердить, что это | "
              "достоверность | достоверности | идентификационные данные | идентификационных данных | "
              "проверка личности | проверки личности | идентификация удаленного | идентификация удалённого | "
              "подлинность данного сайта | подлинность сайта | проверить личность | личность сервера | "
              "личности сервера",
        "*": "authenticity",
    },
    "signin-expired": {  # a sign-in that expired (as a phrase: "session expired, please log in" is a web page's)
        "*": "invalid_grant",  # OAuth's reply to a grant (its refresh token) expired or revoked: sign in again
        "en": "authentication expired | authentication has expired | login expired | login has expired | "
              "credentials expired | credentials have expired | authorization expired | authorization has expired | "
              "authorisation expired | authorisation has expired | auth expired",
        "cs": "platnost přihlášení vypršela | platnost ověření vypršela | přihlášení vypršelo | ověření vypršelo | "
              "oprávnění vypršelo | platnost oprávnění vypršela | "
              "autorizace vypršela | platnost autorizace vypršela",
        "ru": "истек срок аутентификации | истёк срок аутентификации | срок действия авторизации истек | "
              "срок действия авторизации истёк | авторизация истекла | аутентификация истекла",
    },
    "principal-name": {  # Windows' name for the name a certificate must carry (SEC_E_WRONG_PRINCIPAL)
        "en": "target principal name",
        "ru": "имя целевого субъекта | имени целевого субъекта",
    },
    "expired": {
        "en": "expired | expire | expires | expiry | outdated | out of date | not yet valid",
        "cs": "vypršel | vypršela | vypršelo | vypršet | vyprsel | uplynula | uplynulo | uplynul | vypršení | "
              "pozbyl platnosti | pozbyla platnosti | pozbylo platnosti | "
              "expirovaný | expirovaná | expirované | expirace | expiroval | expirovala | expirovalo | příliš stará | "
              "příliš starý | příliš staré",
        "ru": "просроченный | просроченная | просроченные | истёк | истек | истекло | истекла | просрочен | "
              "срок действия | устаревший | не вступил в силу | ещё не действителен | еще не действителен",
        # as written: «вышли» is logged out, „prošla“ passed
        "*": "устарел | устарела | устарело | устарели | вышло | вышел | prošlý | prošlá | prošlé | prošlého",
    },
    "present": {  # a server showing its certificate (or not: "did not present a certificate")
        "en": "present | presented | provide | provided | advertise | advertised | announce | announced | offer | "
              "offered",
        "cs": "předložil | předložila | předložit | poskytl | poskytla | poskytnout | nepředložil | nepředložila | "
              "neposkytl | neposkytla | poskytuje | neposkytuje | neposkytují | oznámil | oznámila | ohlásil | "
              "ohlásila | neoznámil | neoznámila | neohlásil | neohlásila | nabízí | nabídl | nenabízí | nenabídl | "
              "poslal | neposlal | zaslal | nezaslal",
        "ru": "предъявил | предъявлен | предоставил | предоставлен | представил | представленного | представлен | "
              "прислал | сообщил | сообщила | "
              "объявил | объявила | предложил | предлагает | представляет | предъявляет",
    },
    "given": {  # what the reader gave the program ("with the given password")
        "en": "given | supplied | specified",
        "cs": "zadaným | zadané | zadaného | zadaný | uvedeným",
        "ru": "указанным | указанный | указанного | заданным | заданный",
    },
    "ended": {  # Czech „skončila“: a validity or a connection that ended, or an attempt that ended in failure („nezdarem“)
        "cs": "skončila | skončilo | skončil | skončily",
    },
    "accept": {  # a program asking whether to accept a certificate it could not check
        "en": "accept | trust anyway | add exception | security exception | continue anyway",
        "cs": "přijmout | přijmete | důvěřovat | důvěřujete | přidat výjimku | bezpečnostní výjimku | věřit | "
              "odsouhlasit | odsouhlaste",
        "ru": "принять | принимаете | доверять | добавить исключение | поверить",
        # as written: the English stem of "authorize" is that of "authority"
        "*": "authorize | authorise | autorizoval | neautorizoval | neautorizovala",
    },
    "valid": {
        "en": "valid",
        "cs": "platný | platná | platné | platny",
        "ru": "действителен | действительный | действительна",
    },
    "negation": {
        "en": "not | no | never | none | wasn't | weren't | hasn't | haven't | didn't | doesn't | don't | aren't | "
              "isn't | without",
        "cs": "není | nejsou | nebyl | nebyla | nebylo | ne | žádné | žádný | žádná | nepředložil | nepředložila | "
              "neposkytl | neposkytla | nemají | neposkytuje | neposkytují | nejste | nejsi | nejsme | bez | "
              "neoznámil | neoznámila | neohlásil | neohlásila | nenabídl | nenabídla | nenabízí | nenabízejí",
        "ru": "не | нет | отсутствует | отсутствие | без",
    },
    "not-provided": {  # something the other side did not provide (a certificate)
        "en": "not provided | was not provided | none provided",
        "cs": "neposkytnut | neposkytnuto | neposkytl | nebyl poskytnut",
        "ru": "не предоставлен | не предоставлено | не был предоставлен",
    },
    "not-established": {  # something that cannot be established (a host's authenticity, as SSH says it)
        "en": "can't be established | cannot be established | could not be established",
        "cs": "nelze zjistit | nelze stanovit",
        "ru": "не может быть установлена | не может быть установлен | не удалось установить",
    },
    "lacks": {  # something missing from what it should hold (a certificate without the server's name)
        "en": "does not contain | doesn't contain | lacks | missing",
        "cs": "neobsahuje | schází | scházejí | chybějící",
        "ru": "не содержит | отсутствует",
        "*": "chybí",  # as written: the Czech stem of "chybí" (missing) is that of "chyba" (an error)
    },
    "potential": {  # a possible danger a program warns of before it goes on (a site it cannot verify)
        "en": "potential | possible | likely",
        "cs": "možný | možné | možná | pravděpodobný | pravděpodobné",
        "ru": "вероятная | вероятный | возможная | возможный | возможно",
    },
    "attack": {
        "en": "attacker | attackers | attack",
        "cs": "útočník | útočníci | útočníka | útočníků | útok | útoku",
        "ru": "злоумышленник | злоумышленники | злоумышленника | злоумышленников | атака | атаки",
    },
    "kerberos": {  # signing in with a Kerberos ticket, which an app password does not replace
        "*": "kerberos | gssapi",
    },
    "ticket": {
        "en": "ticket",
        "cs": "tiket | lístek | lístku",
        "ru": "мандат | билет",
    },
    "mail-server": {  # a mail server, said as such ("e-mail server" holds "mail server")
        "en": "mail server | email server | imap server | smtp server | pop3 server",
        "cs": "poštovní server | poštovního serveru | mailový server | mailového serveru | emailový server | "
              "emailového serveru",
        "ru": "почтовый сервер | почтового сервера | почтовом сервере | почтовым сервером",
    },
    "mail-protocol": {  # the mail protocols by name
        "*": "pop3 | pop | imap | imap4 | smtp",
    },
    "cookies": {  # a web browser's cookies: a web page's session, not the mail server's
        "*": "cookie | cookies | куки",
    },
    "session": {  # a protocol's session with the server
        "en": "session",
        "cs": "relace | relaci",
        "ru": "сеанс | сеанса | сессия | сессии",
    },
    "error-noun": {  # an error, as a noun ("a POP3 session error"), not a verb of something that could not be done
        "en": "error | failure",
        "cs": "chyba | chyby | chybě | selhání",
        "ru": "ошибка | ошибки | ошибок | сбой | сбоя",
    },
    "insecure-site": {  # a browser's warning that a site may not be secure (Edge, DuckDuckGo): its certificate
        "en": "site may be insecure | site is not secure | site isn't secure | site is insecure | "
              "site may not be secure",
        "cs": "web může být nezabezpečený | web není zabezpečený | web je nezabezpečený | stránka není zabezpečená | "
              "stránka může být nezabezpečená",
        "ru": "сайт небезопасен | сайт может быть небезопасен | сайт не защищён | сайт не защищен",
    },
    "accept-risk": {  # a certificate warning's button ("Accept the risk and continue")
        "en": "accept the risk | accept risk",
        "cs": "přijmout riziko",
        "ru": "принять риск",
    },
    "connect-verb": {  # to connect or sign in, the verb as written: a prompt asks it ("connection" is a statement's)
        "*": "connect | log in | sign in | připojit | přihlásit | подключиться | соединиться | войти",
    },
    "dial-verb": {  # to dial a host: Go's word for opening a connection ("could not dial smtp host")
        "*": "dial | dialing | dialling",
    },
    "your-identity": {  # the reader's own identity to be verified: a sign-in (a server's identity is its certificate's)
        "en": "verify your identity | confirm your identity",
        "cs": "ověřit vaši totožnost | ověřit vaši identitu | vaši totožnost | vaši identitu",
        "ru": "подтвердить вашу личность | проверить вашу личность",
    },
    "api-key": {  # a key a service's API signs in with (an e-mail service's, a site's): the program's credentials
        "en": "api key | api keys | access key | access keys | secret key | api token | server token | account token",
        "cs": "klíč api | api klíč | api klíče | klíče api | přístupový klíč api",
        "ru": "ключ api | api-ключ | api ключ | ключа api | ключи api",
    },
    "rcpt": {  # SMTP's command that names a recipient
        "*": "rcpt to | rcpt",
    },
    "anyway": {  # to connect in spite of a warning: a prompt about a certificate that could not be checked
        "en": "anyway",
        # not „přesto“ alone: also "all the same" in a statement („spojení bylo přesto uzavřeno“, KIO)
        "cs": "připojit i tak | připojit se i tak | přesto připojit | přesto se připojit | pokračovat i tak",
        "ru": "любом случае | всё равно | все равно | всё-таки | все-таки",
    },
    "exception": {  # an exception made for a certificate (the reader trusts it anyway)
        "en": "exception",
        "cs": "výjimka | výjimku | výjimky",
        "ru": "исключение | исключения",
    },
    "kept": {  # a thing added, there already or removed: a state reported, not a failure
        "en": "added | exists | removed",
        "cs": "přidána | existuje | odebrána | odstraněna",
        "ru": "добавлено | существует | удалено",
    },
    "pop3-err": {  # the start of a POP3 server's negative reply ("-ERR"), as written
        "*": "err",
    },
    "pop3-command": {  # a POP3 command that fetches or counts, by name (not DELE, a deletion; not TOP, an option)
        "en": "retr command | list command | stat command",
        "cs": "příkaz retr | příkaz list | příkaz stat",
        "ru": "команда retr | команда list | команда stat",
    },
    "downgrade": {  # a protocol's version pushed down (by an attacker, or by a server that offers only old ones)
        "en": "downgrade | downgraded",
        "cs": "snížení verze | snížením verze | snížit verzi",
        "ru": "понижение версии | понижении версии | понижения версии",
    },
    "no-encryption": {  # a server that uses no encryption at all (the account wizard's warning)
        "en": "does not use encryption | doesn't use encryption | uses no encryption | not using encryption",
        "cs": "nepoužívá žádné šifrování | nepoužívá šifrování | postrádá šifrování",
        "ru": "не использует шифрование | не использует шифрования | не использует никакого шифрования",
    },
    "auth-command": {  # a protocol's command or extension for signing in, by name
        "en": "command user | user command | command login | login command | command auth | auth command | "
              "auth extension | smtp auth",
        "cs": "příkaz user | příkaz login | příkaz auth | smtp auth",
        "ru": "команда user | команду user | команда login | команду login | команда auth | команду auth | smtp auth | "
              "аутентификация smtp",
    },
    "steal": {
        "en": "steal | stealing | stolen",
        "cs": "ukrást | krást | odcizit | odcizení",
        "ru": "украсть | похитить | кража | кражи",
    },
    "private": {  # a connection said to be not private: a browser's warning about the server's certificate
        "en": "private",
        "cs": "soukromé | soukromý | soukromá | soukromí",
        "ru": "конфиденциальное | конфиденциальный | приватный | приватное",
        "*": "закрытое | закрытым",  # as written: «закрыто» (closed) has the same stem
    },
    "intercept": {
        "en": "intercepted | intercepting | interception | man-in-the-middle | impersonate | impersonating | "
              "pretending to be | pretends to be | pretend to be | being monitored",
        "cs": "zachycováno | zachycuje | zachytává | vydávat za | předstírá | předstírat | vydává se za | "
              "je monitorováno",
        "ru": "перехватывается | перехват | подменить | подмена | выдаёт себя за | выдает себя за | притворяется | "
              "просматривается третьей стороной",
    },
    # --- TLS and the security mode ------------------------------------------------------------
    "tls": {
        "en": "tls | ssl | starttls | start tls | ssl/tls | handshake | encryption | encrypted | cipher | ciphers | "
              "renegotiation | ciphersuite | ciphersuites | sslciphersuite",  # (names: Apache's SSLCipherSuite)
        "cs": "šifrování | šifrované | šifrovaný | šifrovaného | sifrovani | "
              "zašifrované spojení | zašifrovaného spojení | zašifrované připojení | handshake | handshaku | "
              "šifra | šifry | šifer | šifrou | šiframi | inicializační zpráva | inicializační zprávu | "
              "inicializační zprávy | inicializační zprávě | opětovné vyjednávání | opětovného vyjednávání | "
              "znovuvyjednání",
        "ru": "шифрование | шифрования | шифрованное | рукопожатие | рукопожатия | обмен приветствиями | "
              "зашифрованное соединение | зашифрованного соединения | зашифрованный канал | шифр | шифра | шифров | "
              "шифром | квитирование | квитирования | квитированием | зашифрованных паролей | "
              "зашифрованные пароли | зашифрованного пароля | зашифрованный пароль | повторное согласование | "
              "повторного согласования",
        "*": "tlsv1 | sslv3 | openssl | gnutls | schannel | smtps | imaps | pop3s | stls",  # stls: POP3's STARTTLS
    },
    "security": {
        "en": "security | secure | securely | safely | safe | protected",
        "cs": "zabezpečení | zabezpečené | zabezpečený | zabezpečeného | bezpečnost | bezpečný | bezpečně | "
              "bezpečné | bezpečnostní | zabezpeceni | bezpecne | zabezpečit",
        "ru": "безопасность | безопасности | безопасный | безопасное | безопасно | защищённое | защищенное | "
              "защищённый | защищенный | защищённого | защищенного | защищено | защищена | защита | защитить",
    },
    "port": {
        "en": "port | ports",
        "cs": "port | portu | porty",
        "ru": "порт | порта | порту",
    },
    "unsupported": {
        "en": "not supported | unsupported | does not support | doesn't support | don't support | not support | "
              "aren't supported | isn't supported | "
              "no support | not offered | not offer | not advertised | not announced | incompatible | no compatible | "
              "not compatible | no starttls | no tls | no ssl | without starttls | without tls | without ssl | "
              "not available | has no support | have no support | not seem to support | not appear to support | "
              "doesn't seem to support | doesn't appear to support | not implemented | unimplemented | "
              "did not understand | didn't understand | not understood | does not understand",
        "cs": "nepodporuje | nepodporováno | nepodporována | není podporováno | není podporována | nepodporovaný | "
              "nepodporovaná | nekompatibilní | nepodporuje kompatibilní | nenabízí | nemá podporu | nemá tls | "
              "nemá ssl | nemá starttls | nemá certifikát | nemá přiřazenu | nemá přiřazenou | nemá přiřazen | "
              "není k dispozici | nejsou k dispozici | bez tls | bez ssl | bez starttls | není implementováno | "
              "není implementován | neimplementováno | není serverem podporováno | není serverem podporován | "
              "není serverem podporována",
        "ru": "несовместим | не поддерживает | не поддерживается | неподдерживаемый | неподдерживаемая | "
              "несовместимы | несовместимый | не предлагает | нет поддержки | нет tls | нет ssl | нет starttls | "
              "без tls | без ssl | без starttls | не реализован | не реализована | не реализовано",
    },
    "unexpected": {
        "en": "unexpected | unexpectedly | unknown protocol | wrong version | version number | packet | record | "
              "malformed | corrupt | corrupted | unrecognized | unrecognised | garbage | plaintext | plain text | "
              "http request | maximum permissible length | record too long | too long | not expecting",
        "cs": "nerozpoznal | neočekávaný | neočekávaná | neočekávané | nečekaný | nečekaně | neznámý protokol | "
              "záznam | "
              "neočekával | "
              "povolenou délku | paket | poškozený | nerozpoznaný | packet | packetu | "
              "chybná inicializační zpráva | chybnou inicializační zprávu | poškozená inicializační zpráva | "
              "poškozenou inicializační zprávu",
        "ru": "неожиданный | неожиданно | непредвиденный | неизвестный протокол | запись tls | запись ssl | пакет | "
              "максимально допустимую | повреждённый | нераспознанный | искажённое | искаженное | искажённый | "
              "искаженный | искажённую | искаженную | искажённая | искаженная | не ожидал | не ожидалось | "
              "не ожидался | не ожидалась",
    },
    "library": {  # a program's own TLS library (OpenSSL's DLLs) that could not be loaded
        "en": "library | libraries | dll | dlls",
        "cs": "knihovna | knihovnu | knihovny",
        "ru": "библиотека | библиотеку | библиотеки",
    },
    "received": {  # what came from the other side ("the message received was unexpected")
        "en": "received | encountered",
        "cs": "přijatá | přijatý | přijaté | obdržená | obdržený | obdržené | obdržel | obdržela | obdrženy | příjmu | "
              "příjem",
        "ru": "полученное | полученный | полученная | полученные | получен | получена | получены | поступили",
    },
    "plain": {  # a sign-in or password sent unencrypted, which a server refuses before TLS
        "en": "plain | plaintext | plain text | cleartext | clear text | unencrypted | not encrypted | insecure | "
              "non-encrypted",
        "cs": "prostý text | prostým textem | otevřený text | nešifrovaný | nešifrované | nešifrovaně | "
              "nezabezpečený | nezabezpečené | nezašifrovaná | nezašifrovaný | nezašifrované | nezašifrovanou | "
              "nešifrovaná | čistý text | čistém textu | čistým textem",
        "ru": "небезопасен | простая | простой текст | простым текстом | открытым текстом | открытый текст | "
              "обычным текстом | "
              "незашифрованный | "
              "нешифрованный | незащищённый | незащищенный | небезопасный | небезопасное | обычных текстовых | "
              "обычные текстовые | обычного текстового | обычный текстовый",
    },
    "mechanism": {  # how a program signs in (SASL mechanisms): none in common is a security setting
        "en": "mechanism | mechanisms | sasl | auth method | authentication method | authentication methods | "
              "authentication type | auth type | authentication scheme | authorization method | authorisation method | "
              "authentification method | authentification methods",
        "cs": "mechanismus | mechanismy | způsob autentifikace | způsob autentizace | způsob ověření | "
              "metoda ověřování | metoda přihlášení | způsob ověřování | "
              "způsob přihlášení | autentizační metoda | autentizační metody | autentizační mechanismus | "
              "typ ověřování | metoda ověření | metoda autentizace | metody autentizace | auth metoda | "
              "ověřovací metoda | ověřovací metody | mechanizmus | mechanizmy | mechanizmu | "
              "autentizační mechanizmus | autentikační metoda | autentikační metody | autentikační mechanismus | "
              "opravňovací metoda",
        "ru": "механизм | механизмы | метод аутентификации | способ аутентификации | метод входа | "
              "режим аутентификации | режимы аутентификации | режимов аутентификации | "
              "метод проверки подлинности | способ проверки подлинности | тип аутентификации | "
              "типа аутентификации | метода аутентификации | метод идентификации | метода идентификации | "
              "методы идентификации | способ идентификации | способ подтверждения подлинности | метод авторизации | "
              "тип авторизации | типе авторизации | типа авторизации | "
              "метода smtp аутентификации | метод smtp аутентификации | схема аутентификации | схемы аутентификации | "
              "метода авторизации | методы авторизации | способ авторизации | аутентификатор | аутентификаторы",
        # (not stemmed: the English stem is that of "authentication")
        "*": "authenticator | authenticators | apop | cram | cram-md5 | digest-md5 | ntlm | gssapi | xoauth2 | "
             "oauthbearer",
    },
    "common-algorithm": {  # what both sides of a TLS connection must share (a cipher, an algorithm, a version)
        "en": "common algorithm | common cipher | shared cipher | shared ciphers | cipher in common | "
              "ciphers in common | common protocol | protocol in common | cipher suites in common | "
              "common cipher suites | cipher suite in common | shared cipher suites | supported by both sides | "
              "both sides support",
        "cs": "společný algoritmus | společného algoritmu | společnou šifru | společná šifra | společný protokol | "
              "společné sady šifer | společná sada šifer | společnou sadu šifer",
        "ru": "общего алгоритма | общий алгоритм | общего шифра | общий шифр | общего протокола | общий протокол | "
              "общих наборов шифров | общий набор шифров | общего набора шифров",
    },
    "supported": {
        "en": "supported | support | compatible | recognized | recognised | suitable",
        "cs": "podporovaný | podporovaná | podporuje | kompatibilní | použitelný | vhodný",
        "ru": "поддерживаемый | поддерживает | совместимый | подходящий",
    },
    "change": {  # advice to change a setting
        "en": "change | switch | set it",
        "cs": "změňte | změnit | přepněte | přepnout | zkuste port | zkuste ssl | zkuste tls | zkuste starttls | "
              "zkuste jiný | zkuste jinou | zkuste jiné | zkuste použít | zkuste změnit | zkuste zapnout | "
              "zkuste vypnout | zkuste povolit | zkuste zakázat | zkuste nastavit | zkuste vložit | zkuste zadat | "
              "zkusit jiný | zkusit jinou | zkusit jiné | zkusit použít",
        "ru": "измените | изменить | переключите | переключить | попробуйте порт | попробуйте ssl | попробуйте tls | "
              "попробуйте starttls | попробуйте другой | попробуйте другую | попробуйте другое | "
              "попробуйте использовать | попробуйте изменить | попробуйте включить | попробуйте отключить | "
              "попробуйте ввести | попробовать другой | попробовать другую | попробовать использовать",
        # as written ("tried" and "trying" are something attempted); not "try again", which is retrying
        "*": "try port | try ssl | try tls | try starttls | try using | try another | try a different | try other | "
             "try setting | try switching | try changing | try enabling | try disabling | try the | try to use | "
             "try to enable | try to disable | try to switch | try to change | try with",
    },
    "greeting": {  # the first line a server sends
        "en": "greeting | banner",
        "cs": "pozdrav | uvítání",
        "ru": "приглашение | приветствие",
    },
    "reply": {
        "en": "reply | response | answer",
        "cs": "odpověď | odpovědi",
        "ru": "ответ | ответа | отклик | отклика | откликом",
    },
    "empty": {
        "en": "empty | blank",
        "cs": "prázdná | prázdný | prázdnou",
        "ru": "пустой | пустая | пустое",
    },
    "negotiate": {
        "en": "negotiate | negotiation | negotiated | establish | established | handshake | start | initiate | "
              "upgrade | enable | enabling",
        "cs": "vyjednat | vyjednání | navázat | navázání | navazování | zahájit | zahájení | přechod | přejít | "
              "domluva | domluvit | zapnout | povolit | inicializovat | inicializace | inicializaci | vyjednávání | "
              "vyjednávat | spustit relaci | spuštění relace",
        "ru": "согласовать | согласование | установить | установление | рукопожатия | обмен приветствиями | начать | "
              "обновление | переход | включить | инициализировать | инициализация | инициализации | запустить | "
              "запуск | квитирование | квитирования | квитированием",
        # as written: the English stem of "initialize" is that of "initial"
        "*": "initialize | initialise | initialization | initialisation | initializing | initialising",
    },
    # --- connections, names, time ------------------------------------------------------------------
    "connection": {
        "en": "connect | connection | connecting | connected | connections | reach | contact server | "
              "contact the server | contact mail server | contact an smtp | contact the smtp | contact an imap | "
              "contact the imap | contact a server | contact the mail server | contact a mail server | socket | "
              "communicate | communication | talking to | reconnect | reconnecting | reconnection | keep-alive | "
              "keepalive",
        "cs": "připojit | připojení | připojování | připojte | připojen | spojení | spojením | spojit | spojeni | "
              "komunikace | komunikovat | pripojit | pripojeni | spojuje | připojuje | připojujete | připojují | "
              "spojovat | socket | socketu | soket | sokety | soketu | soketem | znovupřipojení | znovupřipojit | "
              "opětovné připojení | "
              "přenosový kanál | přenosového kanálu",
        "ru": "соединение | соединения | соединиться | соединении | подключение | подключения | подключиться | "
              "подключении | связаться | связь | сокет | обращение | обращении | обратиться к серверу | "
              "подключаться | соединяться | подключается | соединяется | переподключение | переподключения | "
              "повторное подключение | канал передачи | канала передачи | обмен данными | обмена данными | "
              "подсоединиться | подсоединение | подсоединения | подсоединить | переподключиться | "
              "переподключаться | автоподключение | автоподключения",
        "*": "dial tcp | transmission channel",
    },
    "server": {
        "en": "server | servers | host | peer | mail server | remote host | hostname | host name | mail service | "
              "backend | back end | endpoint",
        "cs": "koncový bod | koncového bodu | hosta | připojená strana | vzdálená strana | vzdálenou stranou | "
              "server | serveru | serverem | servery | "
              "hostitel | hostitele | hostitelem | partner | partnera | počítač | protistrana | protistranou | "
              "protistrany | protějšek | protějšku | cílový počítač | poštovní služba",
        "ru": "удалённая сторона | удаленная сторона | от другого компьютера | сервер | сервера | сервером | сервере | "
              "хост | узел | узла | узлом | конечная точка | конечной точки | конечный компьютер | почтовая служба | "
              "почтовый сервис | бэкэнд | бэкенд",
        "*": "smtp | imap | pop3",
    },
    "name": {
        "en": "name | hostname | host name | domain | domain name | dns | nodename | servname",
        "cs": "název | jméno | doména | doménové jméno | dns",
        "ru": "имя | имени | домен | домена | dns",
    },
    "resolve": {
        "en": "resolve | resolution | resolving | lookup | look up | name server | dns server | dns lookup",
        "cs": "rozpoznat název | překlad | přeložit | překladu | řešení názvu | řešení jména | rozpoznání jména | "
              "rozpoznání názvu | rozlišení jména | rozlišení názvu | rozlišení adresy | zjistit adresu | dns server | "
              "jmenný server | hledání v dns | vyřešit | zjišťování adresy | zjišťování ip adresy | zjištění adresy | "
              "zjištění ip adresy | hledání hostitele | vyhledání hostitele | rozpoznání adresy | "
              "rozpoznání hostitele | resolvování | resolvovat | resolver | resolveru | rozpoznávač | rozpoznávače | "
              "vyhodnocení názvu | vyhodnocení jména | vyhodnocování názvu | vyhodnocování jména | "
              "rozlišit hostitele | rozlišit adresu | rozlišit název | vyhodnotit adresu | vyhodnotit název | "
              "chyba při řešení | chyba při reverzním řešení",  # (GLib's words for resolving a name)
        # «разрешение» alone is also a permission: only the name's resolution
        "ru": "найти ip-адрес | поиск имени хоста | поиска имени хоста | разрешение имени | разрешения имени | "
              "разрешения имён | разрешения имен | разрешить имя | разрешении имени | разрешение dns | "
              "разрешения dns | разрешение адреса | разрешения адреса | разрешить доменное имя | "
              "разрешения доменного имени | определить адрес | определения адреса | определить имя | "
              "определения имени | определить dns | определить dns имя | dns сервер | сервер dns | сервер имён | "
              "сервер имен | dns запрос | резолвер | резолвера | ресолвер | поиск узла | поиска узла | "
              "поиск имени узла | поиска имени узла | преобразовать имя | преобразование имени | "
              "преобразования имени | преобразователь имён | преобразователя имён | преобразователь имен | "
              "разрешитель имён | разрешителя имён | разрешителя имен | разрешить адрес | преобразовать адрес | "
              "преобразования адреса",
        "*": "nameserver | nameservers | nameserveru",
    },
    "dns": {
        "*": "dns",
    },
    "resolver-error": {  # what resolver libraries name a name that could not be resolved
        "*": "getaddrinfo | gethostbyname | gaierror | enotfound | nxdomain | unknownhostexception | eai again | "
             "eai noname | "
             # glibc's words for EAI_NONAME, and the BSDs' and others'
             "name or service not known | nodename nor servname provided | host or service not provided | "
             "has no usable address | no usable addresses | has no dns entry | has no dns record | no dns entry | "
             # glibc's Czech and Russian for EAI_NONAME (libc-l10n), and the order a program's translator chose
             "neznámé jméno nebo služba | неизвестное имя или служба | имя или служба не известны",
    },
    "gone": {  # not found, said of a thing that is not there ("unknown" is not: "unknown error" is no message gone)
        "en": "not found | no such | could not be found | does not exist | doesn't exist | not exist | nonexistent",
        "cs": "nenalezen | nenalezena | nenalezeno | nebyl nalezen | nebyla nalezena | neexistuje | nebylo nalezeno",
        "ru": "не найден | не найдено | не найдена | не существует | нет такого | нет такой",
    },
    "notfound": {
        "en": "unknown | not found | no such | not known | could not be found | does not exist | doesn't exist | "
              "not exist | nonexistent | non-existent | not recognized | not recognised | unrecognized | "
              "unrecognised | unidentified | unrouteable | unroutable | isn't recognised | isn't recognized | "
              "wasn't recognised | wasn't recognized | unkown",  # (a misspelling programs carry)
        "cs": "nenalezl | neexistoval | neexistovalo | neznámý | neznámé | neznámá | nenalezen | nenalezena | "
              "nenalezeno | nebyl nalezen | nebyla nalezena | "
              "neexistuje | neexistující | nebyl rozpoznán | nebylo rozpoznáno | nebyla rozpoznána | není znám | "
              "není známý | nejsou známy | neznamy | "
              "nenašel | nenašla | nenašlo | nenašli | nebylo nalezeno",
        "ru": "неизвестен | неизвестный | неизвестна | не известен | не известны | не известно | не найден | "
              "не найдено | не найдена | не существует | нет такого | нет такой | не обнаружен | не обнаружено | "
              "не обнаружена | несуществующий | несуществующего | несуществующая | несуществующем | несуществующему | "
              "неопознанный | неопознан | неопознанная | неопознанного",
        # as written: not «не распознал» (a command not understood)
        "*": "не распознан | не распознано | не распознана",
    },
    "find": {
        "en": "find | found | locate",
        "cs": "najít | nalézt | nalezen | najit | vyhledání | vyhledat | nalezl | našel",
        "ru": "найти | найден",
        "*": "обнаружить",  # as written: its stem is also that of «обнаружен» (detected: spam in a message)
    },
    "refuse-trust": {  # the reader declining to trust something (this computer)
        "en": "refused to trust | declined to trust",
        "cs": "odmítl důvěřovat | odmítla důvěřovat | odmítli důvěřovat",
        "ru": "отказался доверять | отказалась доверять | отказались доверять",
    },
    "detected": {  # what a filter found in a message (spam), not a server found
        "en": "detected | identified",
        # not „rozpoznán“, «распознан»: their stems also take a filter's rule ("is recognised as spam and moved")
        "cs": "detekován | detekováno | detekována",
        "ru": "обнаружен | обнаружено | обнаружена",
    },
    "timedout": {
        "en": "timed out | time out | time-out | took too long | not responding | no response | did not respond | "
              "didn't respond | never received | not respond | too slow | too slowly | taken too long | "
              "timeout occurred | timeout has occurred | slow to respond | wasn't a response | was not a response | "
              "no answer | taking too long | takes too long | does not answer | doesn't answer | did not answer | "
              "didn't answer | not answering | isn't responding | aren't responding | wasn't responding | "
              "stopped responding | stopped answering | no reply from | not replying | did not reply | didn't reply | "
              "did not receive a response | didn't receive a response | received no response | "
              "response was not received | no timely response | not receive a timely response | no http response | "
              "not seem to be responding | not seem to respond | don't seem to be responding | "
              "doesn't seem to be responding",
        "cs": "nereagovala | vypršel časový limit | časový limit vypršel | neodpověděl | nereaguje | neodpovídá na | "
              "příliš pomalu | příliš pomalý | žádná odpověď | žádnou odpověď | neskončila v řádném čase | "
              "neskončilo v řádném čase | neskončil v řádném čase | časovač vypršel | bez odezvy | žádná odezva | "
              "žádnou odezvu | trvá příliš dlouho | odpovídá příliš dlouho | přestal odpovídat | přestala odpovídat | "
              "přestalo odpovídat | přestali odpovídat | přestal reagovat | přestala reagovat | přestalo reagovat | "
              "nepřišla odpověď | odpověď nepřišla | odpověď nebyla přijata | nebyla přijata odpověď | "
              "neobdržel odpověď | neobdržel včasnou odpověď | neobdržel jsem odpověď",
        "ru": "за требуемое время | не дождался ответа | время ожидания | истекло время | превышено время | "
              "не отвечает | не ответил | слишком долго | слишком медленно | превышен интервал ожидания | "
              "истек интервал ожидания | истёк интервал ожидания | нет ответа | не получен ответ | ответ не получен | "
              "превышен лимит времени | лимит времени истёк | лимит времени истек | истек период ожидания | "
              "истёк период ожидания | период ожидания истек | период ожидания истёк | нет отклика | "
              "отклик не получен | по таймауту | перестал отвечать | перестала отвечать | перестало отвечать | "
              "перестали отвечать | ответ не был получен | не был получен ответ | ответ сервера не был получен | "
              "отведённое время | отведенное время | отведённое на это время | отведенное на это время",
        "*": "příliš dlouho | bylo příliš dlouhé | trvalo příliš dlouho | winerror 10060 | error 10060 | "
             "wsaetimedout | etimedout | timedout | context deadline exceeded",
    },
    "lock-period": {  # how long an account stays locked ("locked for 15 minutes")
        "en": "minutes | hours | seconds",
        "cs": "minut | minuty | minutu | hodin | hodiny | hodinu | sekund | sekundy",
        "ru": "минут | минуты | минуту | часов | часа | час | секунд | секунды",
    },
    "time": {  # time that ran out (Время на операцию истекло)
        "en": "time",
        "cs": "čas | času",
        "ru": "время",
    },
    "transport": {  # what carries TLS: GnuTLS's pull and push functions read and write the connection
        "en": "pull function | push function | transport",
        "cs": "pull funkce | push funkce | funkce pull | funkce push | pull funkci | push funkci | "
              # a message's transport (not „transportování“ alone: a program's own transfer of data too)
              "transportování zprávy | transportovaní zprávy | transportování zpráv",
        "ru": "функции pull | функции push | функция pull | функция push | транспорт | передача письма | "
              "передачи письма",
    },
    "timeout": {
        "en": "timeouts | time out",
        "*": "timeout",  # as written, so that "TimeOut" is read whole, not as two words of camel case
        "cs": "časový limit | časového limitu | timeoutu | timeoutem | prodleva serveru | prodleva spojení | "
              "překročení času odezvy | překročen čas odezvy | překročen maximální čas odezvy",
        "ru": "таймаут | тайм-аут | таймаута | тайм-ауты | таймауты | истечение времени | истечения времени | "
              "отведённое время | отведенное время",
    },
    "dropped": {
        # „bylo obnoveno“: Thunderbird's Czech for a connection reset; „obnoveno“ alone is one restored (a status)
        "en": "reset | interrupted | lost | closed | disconnected | disconnect | terminated | dropped | "
              "broken pipe | eof | hung up | hang up | broken | unstable | end of stream",
        "cs": "přerušeno | přerušen | přerušila | ztraceno | odpojen | odpojeno | odpojení | restartováno | vypadla | "
              "vypadlo | vypadl | ukončeno | zrušeno | "
              "ukončil | ukončilo | uzavřeno | uzavřel | zavřeno | bylo obnoveno | preruseno | "
              "odpojilo | odpojil | odpojila | přerušil | přerušilo | resetováno | resetován | resetovalo | "
              "ztratil | ztratila | ztratilo | ztratit připojení | ztratit spojení | ztráta připojení | zavřel | "
              "zavřela | zavřelo | zavírá | zavírání | uzavírá | uzavřen | "
              "ukončen | zahozeno | zahozen | zahodil | "
              "zahodilo | rozpojeno | rozpojen | rozpojilo | vynulováno | vynulováno spojení | nestabilní | ztráta | "
              "ztrátě",
        "ru": "утрачено | разъединено | сброшено | сброшен | прервано | прервана | прерван | разорвано | разорван | "
              "разорвал | утеряно | потеряно | нестабильно | нестабильное | нестабилен | неустойчивое | неустойчиво | "
              "отбросил соединение | сбросил соединение | "
              "закрыто | закрывает | "
              "закрывается | закрыл | отключение | отключён | отключен | обрыв | разрыв | отсоединение | отсоединено | "
              "отсоединён | отсоединен | потеря | потери | оборвано | оборвалось | оборван | оборвалась | нарушен | "
              "нарушено | нарушена | сбросил | сбросила | сбросило | неожиданно завершено | некорректно завершено | "
              "принудительно завершено | отсоединены | отсоединён | отсоединен | отсоединено | отсоединился | "
              "отсоединилось",
        # as written: a connection being made again after it was lost ("reconnect" and "reconnected" share the stem:
        # advice to reconnect, a success)
        "*": "aborted | econnreset | winerror 10054 | error 10054 | wsaeconnreset | reconnecting | reconnection | "
             "переподключение | переподключения",
    },
    "gateway-error": {  # a web server's proxy that could not reach the server behind it (HTTP 502, 504)
        "en": "bad gateway | gateway timeout | gateway time-out",
        "cs": "chybná brána | vypršel časový limit brány",
        "ru": "плохой шлюз | ошибочный шлюз | шлюз недоступен | истекло время ожидания шлюза",
    },
    "sync": {  # mail kept the same on both sides: a synchronisation (a mail program's fetching, as a rule)
        "en": "sync | syncing | synchronize | synchronise | synchronization | synchronisation | synchronizing",
        "cs": "synchronizace | synchronizaci | synchronizovat | synchronizování | synchronizační",
        "ru": "синхронизация | синхронизации | синхронизировать | синхронизацию | синхронизировании | "
              # Russian officialese, "to perform a sync": the verb stands next to the failure
              "выполнить синхронизацию | выполнить первоначальную синхронизацию | провести синхронизацию",
    },
    "launch": {  # starting, next to a server: one of the program's own (a local sync or web server), not reaching one;
        # "start-server" holds the phrases whose words stand further apart ("the server could not be started")
        "en": "start | launch | starting | launching",
        "cs": "spustit | spuštění | spouštění | spustil | spustila",
        "ru": "запустить | запуск | запуска | запустился",
    },
    "certificates": {  # certificates in the plural, as written (their stem is the singular's): a policy for them all
        # (not „certifikátů“: folded, it is the singular „certifikátu“)
        "*": "certificates | certs | certifikáty | certifikátům | certifikátech | сертификаты | "
             "сертификатам | сертификатов | сертификатами",
    },
    "ping": {  # an echo sent to a host to see whether it answers
        "*": "ping | pinging | pingovat | pingnout | пинг | пинга | пинговать",
    },
    "pipe": {  # the system's words for a connection cut while writing to it or aborted (glibc's EPIPE, ECONNABORTED)
        "en": "broken pipe",
        "cs": "roura přerušena | přerušená roura",
        "ru": "обрыв канала",
        "*": "epipe | sigpipe | econnaborted | connection abort",
    },
    "weak": {  # a sign-in method or a key too weak for the other side
        "en": "weak | too weak | stronger | strong er",  # a stronger one required: the one used too weak
        "cs": "slabý | slabá | slabé | příliš slabý | silnější | silnějšího",
        "ru": "слабый | слабая | слабое | слишком слабый",
    },
    "fingerprint": {  # a certificate's or a host key's fingerprint
        "en": "fingerprint | fingerprints",
        "cs": "otisk | otisku | otiskem | otisky | otisků",
        "ru": "отпечаток | отпечатка | отпечатки | отпечатков | отпечатком",
    },
    "out-of-reach": {  # out of reach (not merely "unavailable", which a page or a feature also is)
        "*": "unreachable | nedosažitelný | nedosažitelná | nedosažitelné | недостижим | недостижима | недостижимо | "
             "is down | are down | went down",
    },
    "no-settings": {  # no settings (found for a server)
        "en": "no settings | no configuration",
        "cs": "žádná nastavení | žádné nastavení | žádná konfigurace",
        "ru": "нет настроек | нет конфигурации",
    },
    "not-set": {  # not set (a value the reader has not given yet)
        "en": "not set | was not set",
        "cs": "není nastaveno | není nastaveny | nebylo nastaveno",
        "ru": "не установлен | не задан | не задано",
    },
    "blocks-access": {  # something (a country, a firewall) blocking access, said actively (not an account's)
        "en": "blocking access | blocks access | block access",
        "cs": "blokuje přístup | blokovat přístup | blokují přístup",
    },
    "no-data": {  # no data received (an empty reply: the server or what stands before it said nothing)
        "en": "no data received | received no data | did not receive any data | didn't receive any data | "
              "no data was received | did not send any data | didn't send any data | sent no data | returned no data",
        "cs": "neobdržel žádná data | nebyla přijata žádná data | žádná data nepřijata | nepřijal žádná data | "
              "neposlal žádná data | neodeslal žádná data | nevrátil žádná data",
        "ru": "не получил никаких данных | данные не получены | не получено никаких данных | "
              "не отправил никаких данных | не прислал никаких данных | не вернул никаких данных",
    },
    "failed-attempts": {  # failed attempts (to sign in), counted
        "en": "failed attempts | unsuccessful attempts | failed login attempts | failed sign-in attempts | "
              "incorrect login attempts | incorrect attempts | invalid login attempts | invalid attempts",
        "cs": "neúspěšných pokusů | chybných pokusů | neúspěšné pokusy | nezdařených pokusů | neplatných pokusů",
        "ru": "неудачных попыток | неудачные попытки | неуспешных попыток | неудачных попыток входа | неверных попыток",
    },
    "password-field": {  # a password as a form's field (not "credentials", which a server asks for)
        "en": "password | passwd",
        "cs": "heslo | hesla | heslem",
        "ru": "пароль | пароля | паролем",
    },
    "no-permission": {  # no permission to do something (to sign in)
        "en": "not allowed to | not permitted to | no permission to | do not have permission to | "
              "don't have permission to",
        "cs": "nemáte oprávnění | nemá oprávnění | nemáte povolení | nemá povolení",
        "ru": "нет разрешения на | нет права на | нет прав на",
    },
    "auth-server": {  # the server that checks a sign-in (a program's own, beside the mail server)
        "en": "authentication server | auth server | login server | sign-in server | signin server",
        "cs": "autentizační server | autentizačnímu serveru | přihlašovací server | přihlašovacímu serveru | "
              "server přihlášení | serveru přihlášení",
        "ru": "сервер авторизации | серверу авторизации | сервера авторизации | сервер аутентификации | сервер входа | "
              "сервером входа | серверу входа | сервера входа",
    },
    "virus": {  # a virus found (the antivirus program itself is not this)
        "en": "virus | infected | malware",
        "cs": "virus | viru | virem | infikován | infikovaná | infikovanou",
        "ru": "вирус | вируса | вирусом | заражён | заражен | заражено | заражённое",
    },
    "not-authorized-delivery": {  # the words RFC 3463 gives 5.7.1
        "en": "delivery not authorized | delivery not authorised",
    },
    "send-as": {  # sending as another user: a permission of the account
        "en": "send as | sending as",
        "cs": "odesílat jako | odeslat jako | odesílání jako",
        "ru": "отправлять от имени | отправить от имени | отправка от имени",
    },
    "password-transition": {  # SMTP's 432 4.7.12 (RFC 4954); not its translations „přenos hesla“, «передача пароля»,
        # which are also a password being sent
        "en": "password transition",
    },
    "load-high": {  # a server's load too high
        "en": "load too high | too high load | load is too high | high load | high traffic | heavy traffic",
        "cs": "příliš vysoká zátěž | vysoké zatížení | přetížení | vytížen | vytížený | vysoký provoz",
        "ru": "слишком высокая нагрузка | высокая нагрузка | высокий трафик",
    },
    "broken": {  # English "broken" (Czech and Russian say "damaged", which is the wrong concept's)
        "*": "broken",
    },
    "revoked": {  # taken back (a sign-in, a password, a token); a certificate's revocation is its trust's
        "en": "revoked",
        "cs": "odvoláno | odvolána | odvolán | odvolané | revokováno | revokován | revokována",
        "ru": "отозван | отозвана | отозвано | отозваны",
    },
    "biometric": {  # a fingerprint or a face that unlocks a phone or a program
        "en": "biometric | biometrics | face id | touch id",
        "cs": "biometrická | biometrické | biometrický | biometrie | biometrického",
        "ru": "биометрическая | биометрической | биометрии | биометрия | биометрическую",
    },
    "issuer": {  # who issued a certificate
        "en": "issuer",
        "cs": "vydavatel | vydavatele | vydavateli",
        "ru": "издатель | издателя | издателю",
    },
    "antivirus": {  # an antivirus program (which may stand in a connection's way)
        "en": "antivirus | anti-virus",
        "cs": "antivirový | antivirová | antivirus | antiviru",
        "ru": "антивирус | антивирусная | антивирусное | антивируса",
    },
    "turn-off": {  # an option or advice to turn something off
        "*": "disable | turn off | switch off",  # as written: "try disabling it" is advice after a failure
        "cs": "vypnout | vypněte | zakázat | zakažte",
        "ru": "отключить | отключите | выключить | выключите",
    },
    "server-verification": {  # the server verified (who it is): its certificate
        "en": "server verification | verification of the server",
        "cs": "ověření serveru | ověřování serveru",
    },
    "your-connection": {  # the reader's connection not secure: a browser's page about the server's certificate
        "en": "your connection",
        "cs": "vaše připojení | vaše spojení",
        "ru": "ваше соединение | ваше подключение",
    },
    "not-installed": {  # a module or a package of the program's own that is not installed: nothing of the mailbox
        "en": "not installed | isn't installed | aren't installed | php extension",
        "*": "not loaded | isn't loaded",  # as written: "could not load" is a failure of its own
        "cs": "není nainstalován | není nainstalovaný | není nainstalovaná | není nainstalované | "
              "nejsou nainstalované | nejsou nainstalovány | nebyl nainstalován | nebyl načten | není načten | "
              "rozšíření php",
        "ru": "модуль не установлен | модуль не загружен | пакет не установлен | пакеты не установлены | "
              "не установлен модуль | не установлен пакет | не установлено приложение | приложение не установлено | "
              "расширение php",
    },
    "pinned": {  # a key pinned in advance that the server's does not match: its certificate
        "*": "pinned | pinning",  # as written: their stem is a PIN's
        "cs": "připnutý | připnutého | připnutým",
        "ru": "закреплённый | закрепленный | закреплённого | закрепленного",
    },
    "sign-message": {  # signing a message with the reader's own certificate (S/MIME): not the server's
        # (not the participles: a certificate "signed" by itself or by an authority is the server's)
        "en": "cannot sign | unable to sign | can't sign | sign email | sign an email | sign the message | "
              "sign messages | message signing | signing messages | cannot be signed | can't be signed",
        "cs": "podepsat | podepisování | nemůže být podepsaná | nemůže být podepsána",
        "ru": "подписывания | не может быть подписано",
    },
    "unsent-yet": {  # a message not sent yet: its state, not a failure
        "en": "not yet been sent | not been sent yet | not yet sent | not sent yet",
        "cs": "ještě nebyla odeslána | ještě nebylo odesláno | dosud nebyla odeslána | zatím nebyla odeslána | "
              "ještě neodeslaná | dosud neodeslaná",
        "ru": "ещё не было отправлено | еще не было отправлено | ещё не отправлено | еще не отправлено",
    },
    "network": {
        "en": "network | internet | offline | wifi",
        # a trouble "with the network" as one phrase, so that a cause named before it („kvůli problému se sítí“) is next
        # to it
        "cs": "síť | sítě | síťový | síťovém | síťové | síťování | internet | internetu | offline | problému se sítí | "
              "problémů se sítí | potížím se sítí",
        "ru": "сеть | сети | сетевой | сетевая | интернет | интернету | проблемы с сетью | проблем с сетью | "
              "неполадок с сетью",
        "*": "wi-fi | wlan | mobile data | cellular data | mobilní data | mobilních dat | mobilní datové připojení | "
             "мобильные данные | мобильных данных | мобильный интернет | мобильного интернета",
    },
    "reachable": {  # a server that can be reached (advice to make sure of it)
        "en": "reachable | can be reached",  # not "accessible": the stem of "access"
        "cs": "dosažitelný | dosažitelná | dosažitelné | dostupný | dostupná | dostupné",
        "ru": "достижим | достижима",  # not «доступен»: the stem of «доступ» (access)
    },
    "unreachable": {
        "en": "unreachable | unavailable | not reachable | not available | no route | inaccessible | not accessible | "
              "down | offline | "
              "not responding | outage | unavaliable | not avaliable | inoperative | could not be contacted | "
              "unresponsive | "
              "cannot be contacted | can't be contacted | could not contact | cannot contact | unable to contact | "
              "stopped working | has stopped working | "
              "not ready | failed to contact",
        "cs": "nedostupnost | nedostupný | nedostupná | nedostupné | není dostupný | není dostupná | není dostupné | "
              "nedosažitelný | nedosažitelná | nedosažitelné | není dosažitelný | není dosažitelná | "
              "není dosažitelné | nefunguje | offline | není k dispozici | neodpovídá | neodpověděl | neodpovídal | "
              "mimo provoz | výpadek | výpadku | není v provozu | není cesta | nelze se dostat | "
              "nepodařilo se dostat | není funkční | nefunkční | nelze dosáhnout | nepodařilo se dosáhnout | "
              "nepodařilo dosáhnout | "
              "nebylo možné dosáhnout | není možné dosáhnout | nebylo možné kontaktovat | nelze kontaktovat | "
              "nemůže kontaktovat | nepodařilo se kontaktovat | nepodařilo kontaktovat | nepřístupný | nepřístupná | "
              "nemůže být dosažen | nebyl dosažitelný | nebyla dosažitelná | nebylo dosažitelné | "
              "nepodařilo dovolat | nelze dovolat | nemohl být dosažen | nemohla být dosažena | nemohlo být dosaženo | "
              "nepřístupné | servery neodpovídají | servery nereagují | nepracuje | přestal fungovat | "
              "přestal správně fungovat | "
              "přestala fungovat | přestalo fungovat",
        "ru": "не может быть достигнут | не может быть достигнута | не удалось достичь | не удаётся достичь | "
              "не удается достичь | не откликается | "
              "недоступен | недоступна | недоступный | недоступно | не работает | нет маршрута | "
              "не отвечает | не ответил | недостижим | недостижимый | не функционирует | неработоспособен | "
              "недосягаем | недосягаемый | не доступно | не доступна | перестал работать | перестала работать | "
              "узел выключен | "
              "перестало работать",
        "*": "not working",  # as written: "does not work with it" has the same stems
    },
    "temporary": {
        "en": "temporary | temporarily | try later | try again later | too many | busy | overloaded | "
              "greylisted | greylisting | throttled | throttling | login delay | sys temp",
        "cs": "přechodně | dočasně | dočasný | dočasná | dočasné | příliš mnoho | přetížen | přetížený | "
              "zkuste to později | zkuste později | "
              "znovu později | opakujte později | opakujte akci později | později to zkuste | později znovu | "
              "zaneprázdněn | zaneprázdněný | zaneprázdněna | zkuste to prosím později | zkuste to znovu za chvíli | "
              "údržba | údržby | údržbě | odstávka | odstávky | odstávce",
        "ru": "временно | временная | временный | слишком много | перегружен | попробуйте позже | "
              "попробуйте еще раз позже | повторите попытку позже | повторите позже | попытку позже | "
              "попробуйте снова позже | попытку позднее | повторите позднее | попробуйте позднее | сервер занят | "
              "сервер сейчас занят | технические работы | технических работ | техработы | перегрузка | перегрузки | "
              "перегрузкой | обслуживание сервера | обслуживания сервера | техническое обслуживание | "
              "технического обслуживания | профилактические работы | профилактических работ | профилактика | "
              "слишком загружен | перегружен запросами",
    },
    # --- mailboxes and space ----------------------------------------------------------------
    "mailbox": {
        "en": "mailbox | inbox | mail box",
        "cs": "schránka | schránky | schránce | schranka",
        "ru": "ящик | ящика | почтовый ящик",
    },
    "space": {
        "en": "quota | space | storage | disk | capacity | storage allocation | storage limit",
        "cs": "kvóta | kvóty | místo | místa | prostor | úložiště | disk | disku | kapacita | kvota | "
              "limit úložiště | limit velikosti | limitu velikosti",
        "ru": "квота | квоты | место | места | пространство | хранилище | диск | диске | объём | объем | "
              "хранения",
    },
    "full": {
        "en": "full | exceeded | exceeds | exceed | exhausted | no free | not enough | insufficient | out of | "
              "ran out | running out | no more | no space | over storage quota | over its storage quota | over quota | "
              "over the quota | over its quota | too low | too small",
        "cs": "došlo místo | nedostatečné | nedostatečná | nedostatečný | nedostatečnou | plná | plný | plné | "
              "zaplněná | zaplněn | zaplněno | překročena | překročen | překročila | překročení | nedostatek | "
              "není dost | není volné | není volného | vyčerpán | vyčerpána | přeplněná | přeplněna | plna | "
              "příliš nízká | příliš nízký | příliš malá | nemáte dostatek | nemá dostatek | není dostatek | "
              "přesáhla | přesáhl | přesáhlo | přesahuje",
        "ru": "переполнен | переполнена | заполнен | заполнена | превышен | превышена | превышает | превышение | "
              "превышения | превысил | превысила | превысило | превысит | недостаточно | не хватает | нехватка | "
              "нет свободного | закончилось | исчерпан | нет места | слишком мала | слишком мало | слишком низкая | "
              "заполненный | заполнено | кончилось | кончилась | забит | достигли лимита | заканчивается место | "
              "место заканчивается | заканчивается свободное место",
        "*": "overquota",
    },
    # --- sending and delivering -------------------------------------------------------------
    "sending": {
        "en": "send | sending | sent | outgoing | submission | resend | resending | resent",
        "cs": "odesílání | odeslat | odesílat | odchozí | poslání | poslat | posílání | odesilani | "
              "odeslání | odeslána | odeslán | odesláno | odeslaná | zasílání | zaslat | zaslání | zasílat | "
              "zaslána | zasláno | odesílací | odesilací",
        "ru": "отправка | отправки | передать | передача | передачи | передаче | отправлять | отправить | "
              "отправление | отправления | исходящий | исходящей | отправлено | отправлена | отправлен | послать | "
              "отослать | послано | отослано | выслать | выслан | выслано | выслана | отсылка | отсылки | отсылке | "
              "отсылку | переотправить | переотправлено | переотправка | переотправки",
        "*": "emailed",  # as written: the stem of "email" is no sending
    },
    "disabled": {
        "en": "blocked | suspended | forbidden | prohibited | not allowed | banned | frozen | deactivated | "
              "disallowed | not permitted",
        "cs": "zakázaný | zakázáno | zakázán | zakázána | zablokováno | zablokován | zablokovaný | blokováno | "
              "pozastaveno | pozastaven | deaktivován | deaktivováno | není povoleno | nepovoluje | nepovoleno | "
              "není dovoleno | není dovolené | zmrazen | zrušen | zakazano | vypnut | vypnutý | vypnuto | "
              "není zapnutý | není zapnuto | uzamčen | uzamčený | uzamčena | uzamčeno | zamknut | zamknutý | "
              "zamknutá | zamknuto | zamčen | zamčený | účet je uzavřen | účet byl uzavřen | zabanován | "
              "zabanována | zabanováno | "
              "pozastavil | pozastavila | pozastavili | znepřístupněn | znepřístupněna | znepřístupněno | odstaven | "
              "odstavena | odstaveno",
        "ru": "запрещена | запрещено | запрещён | запрещает | заблокирован | заблокирована | заблокировано | "
              "блокирован | отключена | отключено | приостановлена | приостановлен | не разрешена | деактивирован | "
              "дезактивирован | дезактивирована | дезактивировано | "
              "выключен | выключена | выключено | заморожен | заморожена | учетная запись закрыта | "
              "учётная запись закрыта | аккаунт закрыт",
        # as written: "deleted" (a state), not "delete" (an action: "could not delete the mailbox"), whose stem is the same;
        # "disabled", not the advice "disable TLS in the account's settings"
        "*": "disabled | deleted | smazán | smazána | smazáno | удалён | удален | удалена | удалено | "
              "locked | locked out | lockout | not enabled | archived | archivován | archivována | "
              "архивирована | архивирован | "
              # a server that turns a command off ("disables LOGIN", „vypnul“, «запретил»), as written: not the advice
              "disables | vypnul | vypnula | запретил | запретила | "
              # Czech "(účet) nebyl povolen" as written: "(úprava) nebyla povolena" (an edit refused) has its stems
              "nebyl povolen | nebylo povoleno",
    },
    "terminated": {  # Mail.ru's reply for a mailbox its owner or Mail.ru ended: "user is terminated"
        "en": "terminated",
        "cs": "ukončen | ukončený | ukončena",
        "ru": "прекращён | прекращен | прекращена",
    },
    "access": {
        "en": "access",
        "cs": "přístup | přístupu",
        "ru": "доступ | доступа | обратиться | обращения",
    },
    "recipient": {
        "en": "recipient | recipients | rcpt | addressee | destination address | destination mailbox",
        "cs": "příjemce | příjemci | příjemců",
        "ru": "получатель | получателя | получателей | адресат",
        # as written: the Czech stem of "adresát" is that of "adresa" (address)
        "*": "adresát | adresáta | adresátovi | adresáti | adresátů | adresátům | adresátem | adresátech",
    },
    "address": {
        "en": "address | addresses",
        "cs": "adresa | adresy | adresu | adresou",
        "ru": "адрес | адреса | адресу",
    },
    "sender": {
        "en": "sender | from address | from addr | envelope from | return path | envelope sender | from email field | "
              "from address field | sending from this address | send from this address",
        "*": "mail from | mailfrom",  # as written: SMTP's command, not "mails from" a server
        "cs": "odesílatel | odesílatele | odesilatel | adresa od | adresu od | odesílání z této adresy | "
              "odeslání z této adresy",
        "ru": "отправитель | отправителя | адрес отправителя | обратный адрес | обратного адреса | адрес от | "
              "отправку с этого адреса | отправка с этого адреса | отправки с этого адреса",
    },
    "from-wrong-address": {  # mail sent from an address that is not valid or not allowed: the sender's
        "en": "from invalid address | from an invalid address | from a wrong address | from an unauthorized address | "
              "from a disallowed address | from an unauthorised address | address cannot be used for sending | "
              "address can't be used for sending | cannot send from this address | can't send from this address",
        # (a one-letter preposition cannot begin a phrase: the mail's noun before it)
        "cs": "email z neplatné adresy | zprávu z neplatné adresy | email z nepovolené adresy | "
              "zprávu z nepovolené adresy | adresu nelze použít k odeslání | adresu nelze použít pro odesílání | "
              "adresu nelze použít k odesílání",
        "ru": "письмо с недопустимого адреса | письмо с неверного адреса | письмо с недействительного адреса | "
              "сообщение с недопустимого адреса | сообщение с неверного адреса | "
              "сообщение с недействительного адреса | адрес нельзя использовать для отправки | "
              "адрес не может использоваться для отправки",
    },
    "mismatch": {
        "en": "must match | does not match | doesn't match | don't match | do not match | not match | mismatch | "
              "not local | not owned | not belong | does not belong | not for this | belongs to another | "
              "belongs to a different | not same as | not the same as | belong to a different | didn't match | "
              "did not match | no match for | valid only for | only valid for | no name matching | "
              "no subject alternative",  # Java's words for a certificate without the server's name
        "cs": "nesouhlasí | neshoduje | neodpovídá | neodpovídající | neodpovídajícího | musí odpovídat | "
              "musí se shodovat | nepatří | patří jinému | náleží jinému | náleží jiné | neshoda | nesoulad | "
              "ne pro tento | ne pro tuto | liší se | se liší | neshodují | neshodovaly | neshodovalo | neshodoval | "
              "neodpovídají | není totožný | není totožná | není totožné | nejsou totožné | platí pouze pro | "
              "platný pouze pro | platí jen pro | rozdíl | musí být stejná | musí být stejný | musí být stejné",
        "ru": "не совпадает | не соответствует | должен совпадать | не принадлежит | принадлежит другому | "
              "принадлежащий другому | принадлежащий другой | принадлежат другому | принадлежат другой | "
              "несовпадение | несоответствие | не для этого | не для этой | отличается от | отличаются от | "
              "не совпали | не совпадают | не совпало | нет соответствия | действителен только для | "
              "действует только для | верен только для | подходит только для | должен быть тем же | "
              "должен быть того же | должна быть той же",
        "*": "differs from | differ from | different from | was different | difference between | must be the same | "
             "различие между | разница между",
    },
    "no-recipient": {  # a message with no recipient or no sender given: the reader's message, not the server
        "en": "no recipients | no recipient | without a recipient | without recipients | with no recipients | "
              "no sender | without a sender | recipient must be specified | no recipient specified | "
              "recipient is required",
        "cs": "nebyli určeni příjemci | žádní příjemci | žádný příjemce | bez příjemce | bez příjemců | "
              "bez odesílatele | musí být zadán příjemce | nebyli zadáni příjemci | nebyl zadán příjemce | "
              "nebyli zadáni přijemci",
        "ru": "не определены получатели | получатели не указаны | нет получателей | без получателя | без получателей | "
              "не указаны получатели | нет почт получателей | без отправителя | не указан отправитель | "
              "необходимо указать получателя",
    },
    "sent-folder": {  # the folder of sent mail (a copy that could not be put there is the program's matter)
        "en": "sent folder | sent-mail folder | sent mail folder | sent items | outbox",
        "cs": "složky odeslané | složka odeslané | složku odeslané | pošta k odeslání",
        # phrases: «отправленные» alone has the stem of «отправлении» (sending), «исходящие» that of «исходящий»
        "ru": "папка отправленные | папку отправленные | папке отправленные | папки отправленные | "
              "папка исходящие | папку исходящие | папке исходящие | папки исходящие | сохранено в «отправленные»",
        # Mutt's copy of a sent message to a folder; Czech „odeslaná pošta“ as written (its stems are those of
        # „odeslání pošty“, sending mail), and „odchozí poštu“, the outbox (not „odchozí pošty“, as in „server odchozí
        # pošty“, the outgoing server)
        "*": "fcc | odeslaná pošta | odeslanou poštou | odeslané pošty | odchozí poštu",
    },
    "no-error": {  # a notice that nothing went wrong
        "en": "no errors were reported | no errors | no error | no sync errors | without error | without errors | "
              "without any error | without any errors",
        "cs": "nebyly hlášeny chyby | žádné chyby | bez chyb | žádné chyby synchronizace | bez chyby",
        "ru": "ошибок нет | без ошибок | ошибок не обнаружено | не обнаружено ошибок | нет ошибок синхронизации | "
              "без ошибки",
    },
    "local-mail": {  # a web server's own mail function (PHP's mail()) or Windows' MAPI: no mailbox of the reader's
        "en": "mail function | function mail",
        "cs": "funkci mail | funkce mail",
        "ru": "функция mail | функции mail | функция php mail | функцию mail",
        "*": "mapi | php mail",
    },
    "you-cannot-send": {  # the reader told they cannot send (for now): sending not allowed for the account
        "en": "you cannot send | you can not send | you can't send | you are not able to send | "
              "you are unable to send | you are not allowed to send",
        "ru": "вы не можете отправлять | вы не можете отправить | вам нельзя отправлять",
        # Czech as written: the stem of „nemůžete“ (you cannot) is that of „nemůže“ (it cannot: a server, a network)
        "*": "nemůžete odesílat | nemůžete odeslat | nemůžete posílat | nesmíte odesílat",
    },
    "send-later": {  # a program's own scheduling of messages to send later
        "en": "send later | scheduled sending | for later sending | for sending later",
        "cs": "odeslat později | naplánované odeslání | pro pozdější odeslání",
        "ru": "отправить позже | отложенная отправка | для последующей отправки | для отложенной отправки",
    },
    "logged-out": {  # a web page telling its visitor to sign in first: the page's session, not the mailbox
        "en": "forgot to log in | you are not logged in | please log in first | your session has timed out | "
              "your session timed out | your session has expired | your session expired",
        "cs": "nejste přihlášen | nejste přihlášena | nejste přihlášeni",
        # not «время сеанса истекло» alone: Claws Mail's connection that timed out
        "ru": "забыли войти | вы не вошли | вы вышли из | вы не авторизованы | время вашего сеанса истекло | "
              "ваш сеанс истёк | ваш сеанс истек | время вашей сессии истекло | ваша сессия истекла",
    },
    "success": {  # a notice that something went well ("deleted successfully"): its words are no error
        # as written: the stems are those of "not successful" and «не был успешным»; Czech „úspěšně“ reads as
        # „úspěšné“ once folded („nebylo úspěšné“), so it counts after a verb of being or happening
        "en": "was successful | were successful",  # not "successful" alone: "not successful" holds it
        "*": "successfully | успешно | byl úspěšně | byla úspěšně | bylo úspěšně | byly úspěšně | proběhl úspěšně | "
             "proběhla úspěšně | proběhlo úspěšně | se úspěšně | uspělo | uspěl | uspěla | ukončeno úspěšně | "
             "ukončena úspěšně | ukončen úspěšně | uzavřeno úspěšně | úspěšně ukončeno | úspěšně uzavřeno | "
             "passed validation | passed verification | test succeeded | test was successful | test passed",
    },
    "too-large": {  # a message larger than a server takes: none of the entries
        "en": "too large | too big | size exceeds | exceeds the maximum size | exceeds size limit | "
              "message size exceeds | maximum allowed size",
        "cs": "příliš velká | příliš velký | příliš velké | překračuje maximální velikost | "
              "překročena maximální velikost | velikost zprávy překračuje | velikost zprávy přesahuje | "
              "maximální povolenou velikost",
        "ru": "слишком большое | слишком большой | слишком велико | превышает максимальный размер | "
              "превышен максимальный размер | размер письма превышает | размер сообщения превышает | "
              "максимально допустимый размер | слишком длинное | слишком длинный | слишком длинная | "
              "слишком длинного | превышена его максимальная длина | превышена максимальная длина",
    },
    "elsewhere": {  # a service beside the mailbox (a webmail's database, a calendar, an organisation's tenant): its
        # errors and its quotas are none of the catalogue's
        "en": "database | calendar | address book | addressbook | ldap | radius | checksum | checksums | "
              "calibration certificate | search index | telemetry | driver | caldav | carddav | free/busy | tenant | "
              "wireless network | "
              "document | update server | software update | offline update | update check | check for updates | "
              "checking for updates | domain quota | alias | feed | news feed | "
              "secret storage | secret service | screenshot | room | chat room | meeting invitation | "
              "meeting invitations | "
              "connection list | system bus | session bus | dbus | daemon | background service | printer | scanner | "
              "camera | bluetooth | torrent | subsystem | thunderbolt | text message | text messages | "
              "app id | execution time | max execution time | out of office | auto-reply | auto-replies | "
              "automatic replies | automatic reply | vacation reply | mapi | participants | attendees | passkey | "
              "passkeys | breached passwords | pwned passwords | bank | bank server | metered connection | "
              "metered network | push notification | push notifications | news server | newsgroup | newsgroups | "
              "dropbox | wetransfer | redis | memcache | memcached | notification server | plugin repository | "
              "docker | "
              "configuration server | syslog | log server | elasticsearch | hotspot | password database | ntp | icap | "
              "feedback | package manager | from the archive | from archive | "
              "contacts sync | contact sync | contacts synchronization | contacts synchronisation | "
              "verification code | one-time code | webhook | crash report | diagnostic report | "
              "language server | upgrade server | firmware | firmware update | update page",
        "cs": "databáze | databázi | kalendář | volný/zaneprázdněný | adresář | tenant | aktualizace | aktualizací | "
              "bezdrátové síti | bezdrátová síť | bezdrátové sítě | "
              "aktualizační server | aktualizačního serveru | kvóta domény | diskusní server | diskusním serverem | "
              "diskusní skupina | diskusní skupiny | alias | úložiště tajných dat | "
              "úložištěm tajných dat | úložiště hesel | dokument | dokumentu | snímek obrazovky | místnost | "
              "místnosti | pozvánka na schůzku | pozvánku na schůzku | pozvánky na schůzku | seznam připojení | "
              "sběrnice | sběrnici | sběrnicí | "
              "démon | démonem | démonu | proces služby | procesem služby | procesu služby | služba na pozadí | "
              "službou na pozadí | službě na pozadí | tiskárna | tiskárny | tiskárnu | tiskárně | skener | skeneru | "
              "fotoaparát | fotoaparátu | kamera | kamery | bluetooth | torrent | torrentu | subsystém | subsystému | "
              "thunderbolt | textovou zprávu | textová zpráva | textové zprávy | textovou zprávou | "
              "doba běhu | maximální doba běhu | mimo kancelář | automatické odpovědi | "
              "automatická odpověď | automatickou odpověď | účastníkům | účastníci | účastníků | účastníky | "
              "přístupový klíč | přístupového klíče | přístupové klíče | uniklých hesel | uniklá hesla | "
              "bankovnímu serveru | bankovní server | banky | měřeného připojení | měřeného síťového připojení | "
              "měřené připojení | push notifikace | push notifikaci | push oznámení | server notifikací | "
              "serveru notifikací | serverem notifikací | repozitář pluginů | repozitáři pluginů | "
              "repozitáře pluginů | konfiguračního serveru | konfigurační server | databáze hesel | zpětná vazba | "
              "zpětné vazby | zpětnou vazbu | přístupovému bodu | přístupového bodu | přístupový bod | "
              "správce balíčků | správci balíčků | ověřovací kód | ověřovacího kódu | jednorázový kód | "
              "jednorázového kódu | jednorázové heslo | webhook | webhooku | "
              "jazykový server | jazykovému serveru | jazykového serveru | jazykovým serverem | databázový | "
              "databázového | databázovým | databázovému | databázové | formulář | formuláře | formuláři | "
              "kontrolní součet | "
              "kontrolního součtu | kalibrační | kalibračního | telemetrie | telemetrických | ovladač | ovladače",
        "ru": "база данных | базе данных | базы данных | календарь | адресная книга | адресной книги | тенант | "
              "беспроводной сети | беспроводная сеть | беспроводную сеть | "
              "сервер новостей | сервером новостей | сервера новостей | группы новостей | бд | сервер обновлений | "
              "сервера обновлений | серверу обновлений | наличия обновлений | наличие обновлений | "
              "проверки обновлений | проверка обновлений | проверке обновлений | квота домена | псевдоним | лента | "
              "ленты | новостная лента | "
              "хранилище секретов | хранилищем секретов | хранилище паролей | документ | документа | снимок экрана | "
              "комната | комнату | комнате | список подключений | списка подключений | системная шина | "
              "системной шине | шина | шине | шины | обратная связь | обратной связи | база паролей | базу паролей | "
              "базы паролей | точке доступа | точки доступа | точка доступа | демон | демону | демоном | "
              "фоновая служба | фоновой службе | фоновой службой | фоновой службы | принтер | принтера | принтеру | "
              "сканер | сканера | камера | камеры | bluetooth | торрент | торрента | подсистема | подсистеме | "
              "подсистемы | подсистемой | thunderbolt | текстовое сообщение | текстового сообщения | "
              "текстовые сообщения | приглашения на встречу | приглашение на встречу | приглашений на встречу | "
              "время выполнения | максимальное время выполнения | автоответ | автоответы | автоответчик | "
              "автоответа | участникам | участники | участников | участниками | ключ доступа | ключа доступа | "
              "ключи доступа | скомпрометированных паролей | утёкших паролей | банковскому серверу | "
              "банковский сервер | банка | лимитном подключении | лимитное подключение | лимитного подключения | "
              "push-уведомление | push-уведомления | push-уведомлений | сервер уведомлений | серверу уведомлений | "
              "сервера уведомлений | репозиторий плагинов | репозитория плагинов | репозиторием плагинов | "
              "сервера конфигурации | сервер конфигурации | формы | форму | формой | контрольная сумма | "
              "контрольной суммы | калибровки | "
              "телеметрии | драйвер | драйвера | "
              "менеджер пакетов | менеджера пакетов | из архива | синхронизации контактов | синхронизация контактов | "
              "код подтверждения | кода подтверждения | одноразовый код | одноразового кода | вебхук | вебхука | "
              "языковой сервер | языкового сервера | языковому серверу | языковым сервером | прошивки | прошивку | "
              "прошивка | страницей обновления | страницы обновления | "
              "языковый сервер",  # (the last as a real translation misspells it)
        # Czech „kontakty“ (contacts) as written: „kontaktovat“ (to contact someone) has its stem; "DBus" as written,
        # not as an identifier in camel case
        # "updates" as written: its stem is that of the verb ("Update your server settings"); CalDAV and CardDAV
        # as written, not split as identifiers in camel case (WebDAV, a store of files, is labelled both ways); a file
        # server is no mail server; ClamAV (an antivirus daemon) read whole
        "*": "kontakty | kontaktů | kontaktech | kontaktům | dbus | sql server | sql serveru | sql serverem | "
             "sql сервер | sql сервера | sql сервером | mysql | postgresql | updates | sieve | caldav | carddav | "
             "file server | souborový server | souborovému serveru | souborového serveru | souborovým serverem | "
             "файловый сервер | файловым сервером | файлового сервера | файловому серверу | clamav | "
             "mdns | avahi | samba | offlineimap | remailer | remailerů | remailery | tpm | sqlite | mariadb | "
             "sqlstate | "
             "mongodb | "
             # an installer as written: "install" shares its English stem
             "installer | instalátor | instalátoru | установщик | установщика | установщику | установщиком",
    },
    "store": {  # a program keeping the password on the computer (its keyring)
        "en": "store | save | keychain | keyring | wallet | password server | certificate manager | password manager | "
              "primary password | master password | primary passphrase | master passphrase | security password",
        "cs": "uložit | uložení | ukládání | ukládat | úložiště | úložišti | klíčenka | klíčence | úschovna | "
              "úschovně | úschovny | server hesel | serverem hesel | správce certifikátů | správce hesel",
        "ru": "сохранить | сохранение | связка ключей | связки ключей | цепочка ключей | цепочки ключей | "
              "бумажник | бумажника | бумажнику | сервер паролей | сервером паролей | хранить | сохранять | "
              "менеджер сертификатов | менеджер паролей",
    },
    "device": {  # the reader's own phone or tablet: its storage being full is not the mailbox
        "en": "phone | tablet | device | smartphone | watch | smartwatch | this computer | hard drive | hard disk | "
              "external storage | sd card | memory",
        "cs": "telefon | telefonu | tablet | tabletu | zařízení | tomuto počítači | tento počítač | "
              "pevný disk | pevném disku | pevného disku | disku počítače | externí úložiště | externím úložišti | "
              "externího úložiště | sd kartě | sd karta | sd karty | paměť | paměti | pamětí",
        "ru": "телефон | телефона | планшет | планшета | устройство | устройства | устройстве | этому компьютеру | "
              "этот компьютер | жёсткий диск | жесткий диск | жёстком диске | жестком диске | диске компьютера | "
              "внешнее хранилище | внешнем хранилище | внешнего хранилища | sd карта | sd карте | sd карты | память | "
              "памяти | памятью",
    },
    "lock": {  # a program locking a file or a mailbox for itself (a lock that is busy, could not be made)
        "en": "lockfile | lock file | lock busy | lock creation | lock error | "
              "mailbox lock | folder lock | waiting for lock | in use | already in use | fcntl lock | flock lock | "
              "dotlock",
        "cs": "zamknout | uzamknout | zámek | zámku | zamykání | je používán | je používána | je používáno | "
              "právě používá",
        "ru": "блокировка | блокировки | блокировку | блокировкой | уже используется | используется другим",
        "*": "заблокировать",  # the verb: "заблокирован" (blocked) has the same stem
    },
    "subscribe": {  # subscribing to a folder (IMAP's SUBSCRIBE) or a list
        "en": "subscribe | subscribed | subscription | unsubscribe | unsubscribed",
        "cs": "odběr | odběru | odebírat",
        "ru": "подписка | подписки | подписку | отписка",
        "*": "подписаться | отписаться | подписаны на",  # the verb: "подписан" (signed) has the same stem
    },
    "crypto": {  # the reader's own signing and encryption (S/MIME, OpenPGP): its certificates and keys are not the server's
        "en": "mime | smime | openpgp | pgp | gpg | gnupg | autocrypt | keyserver | key server | encryption key | "
              "private key | public key | secret key | digital signature | digitally signed | digitally sign | "
              "decrypt | decryption | decrypting | keys for | signer's certificate | signer certificate | "
              "message signature | encrypt the message | email certificate | mail certificate | encrypt outgoing | "
              "encrypt messages | end-to-end | end to end | encrypted storage | encryption keys | "
              "for your email address | for this email address | current identity",
        "cs": "koncové šifrování | koncového šifrování | šifrované úložiště | šifrovací klíče | šifrovací klíč | "
              "server klíčů | serveru klíčů | klíčový server | klíčovému serveru | "
              "klíčového serveru | soukromý klíč | veřejný klíč | tajný klíč | digitální podpis | "
              "elektronický podpis | digitálně podepsat | dešifrovat | dešifrování | rozšifrovat | rozšifrování | "
              "podepisující osoby | podpis zprávy | zašifrovat zprávu | certifikát pošty | certifikát e-mailu | "
              "podpisující certifikát | podpisujícím certifikátu | podpisový certifikát | podpisového certifikátu | "
              "šifrovat zprávy | šifrování zpráv | veřejnými klíči | veřejného klíče | ověřování podpisu | "
              "ověření podpisu | aktuální identitou | pro vaši e-mailovou adresu",
        "ru": "ключ шифрования | сервер ключей | сервера ключей | закрытый ключ | открытый ключ | секретный ключ | "
              "цифровая подпись | электронная подпись | расшифровать | расшифровки | расшифровка | расшифровывание | "
              "подпись сообщения | зашифровать сообщение | сертификат электронной почты | "
              "сертификата электронной почты | сертификат подписи | сертификате подписи | сертификата подписи | "
              "шифрование исходящих | шифрование сообщений | шифровать сообщения | открытыми ключами | "
              "открытого ключа | сквозное шифрование | сквозного шифрования | зашифрованное хранилище | "
              "ключи шифрования | для вашего адреса электронной почты",
        # as written: the stems of "подписан", "podepsán" (signed by a CA) are the same
        "*": "подписавшего | подписать | подписывать | podepsat | podepisovat",
    },
    "file": {  # a file the program reads or writes: importing a certificate, a file's format, a backup
        "en": "import | importing | export | exporting | file format | backup | create directory | directory | file | "
              "internal storage | device storage | sd card",  # a phone's own storage
        "*": "pem | pfx",  # a certificate's file formats
        "cs": "import | importovat | importu | export | exportovat | formát souboru | souboru | záloha | zálohu | "
              "vnitřního úložiště | vnitřní úložiště | interního úložiště | interní úložiště | paměťové karty | "
              "paměťovou kartu",
        "ru": "импорт | импорта | импортировать | импортировании | импортирования | экспорт | экспортировать | "
              "формат файла | файла | файл | "
              "резервная копия | резервного копирования | резервное копирование | внутреннее хранилище | "
              "внутреннем хранилище | внутреннюю память | внутренней памяти | карту памяти | карте памяти",
    },
    "write": {  # writing a file on the reader's computer
        "en": "write | writing",
        "cs": "zapsat | zapsání | zápis | zapisování",
        "ru": "записать | записи файла",
    },
    "future": {  # a date still to come: a certificate that will expire is a notice, not an error
        "cs": "vyprší | vyprší dne | skončí | do vypršení",
        "ru": "истекает | истечёт | истечет | до истечения срока | еще не истек | ещё не истёк | еще не истёк",
        # as written: "expired on" has the same stems
        "*": "will expire | expires on | expires in | expiring soon | days until | until your password expires | "
             "about to expire",
    },
    "setup": {  # setting an account up in the program ("the account's setup was cancelled")
        "en": "setup | set up | set-up | configuration | autoconfig | autoconfiguration | settings | preferences",
        "cs": "nastavení | nastavování | průvodce | konfigurace | konfiguraci",
        "ru": "настройка | настройки | настроек | мастер | конфигурация | конфигурацию | конфигурации | параметров | "
              "параметры",
    },
    "mark": {  # the reader marking a message (as spam, as read); a server's "marked as spam" is another matter
        "cs": "označit | nahlásit | naučena | naučit | nahlášení | nahlášení jako",
        "ru": "пометить | отметить | изучено | изучить | отметка как",
        "*": "mark as | marking | report as | flag as | learned as | learn as",
    },
    "start-server": {  # a server the program itself starts: its own, not the mail server it connects to
        "en": "server could not be started | starting the server | start the server | error starting server | "
              "failed to start server | error starting web server | start mail server | starting web server | "
              "bind server socket | binding server socket | bind the server socket",
        "cs": "spuštění serveru | spustit server | server nelze spustit | spuštění webového serveru",
        "ru": "запуска сервера | запустить сервер | запуск сервера | запуска веб-сервера | запустить почтовый сервер | "
              "привязать сокет сервера",
    },
    "local": {  # what the program keeps on the reader's computer: a draft, a cache, a temporary folder
        "en": "local | locally | cache | draft | drafts | temporary folder | temp folder",
        "cs": "místní | lokální | mezipaměť | mezipaměti | koncept | konceptu | dočasná složka",
        "ru": "локальный | локальная | локальное | кэш | кэша | кеш | черновик | черновика | временная папка",
    },
    "temp-file": {  # a temporary file of the program's own ("temporary" is otherwise a server's failure for a while)
        "en": "temporary file | temp file",
        "cs": "dočasný soubor | dočasného souboru",
        "ru": "временный файл | временного файла",
    },
    "make": {  # advice to make or set a password of its own
        "en": "create | set up",
        "cs": "vytvořte | vytvořit | nastavte",
        "ru": "создайте | установите | задайте",
    },
    "created": {  # something made for the reader (an app password created is a notice)
        "cs": "vytvořeno | vytvořen | vytvořeny | vytvořena | vygenerováno | vygenerován | "
              "přidáno | přidán | přidáno nové",
        # English and Russian as written: the stem of "created" is that of "create", the stem of "generated" that of
        # "generate" ("generate an app password": advice to make one), the stem of "создан" that of "создали", as in
        # "требует, чтобы вы создали"
        "*": "created | generated | added | создан | создано | создана | созданы | сгенерирован | сгенерировано | "
             "добавлен | добавлено | добавлена",
    },
    "unconfigured": {  # something the program's owner has not set up yet (its own mail delivery)
        "en": "not configured | not set up | is not set | have not set | haven't set | no server configured | "
              "no server is configured | is not configured | are not configured | not specified | "
              "configuration not completed | configuration is not completed | configuration incomplete | "
              "configuration is incomplete | setup not completed | setup is not completed",
        "cs": "není nastaveno | není nastaven | není nakonfigurováno | nenastavili jste | nenastavil jste | "
              "nenastavila jste | není nastaven žádný server | není nakonfigurován žádný server | nebyl zadán | "
              "není zadán",
        "ru": "не настроен | не настроена | не настроено | не настроен сервер | не задан сервер | не указан | "
              "не указано",
    },
    "enter": {  # a form asking the reader to type something in ("you entered" is a wrong one typed: not this)
        "*": "enter your | enter the | please enter | must enter | must specify | zadejte | musíte zadat | vyplňte | "
             "введите | укажите | необходимо указать",
    },
    "password-change": {  # the reader changing or resetting a password (on a site, in a program): not signing in
        "en": "change password | change the password | change your password | password change | update password | "
              "update the password | password update | reset password | reset your password | password reset | "
              "new password | password was not changed | password not changed | password could not be changed | "
              "password cannot be changed | password can't be changed | password can not be changed | "
              "password cannot be reused | old password | current password | "
              "password could not be reset | password has been changed | password confirmation | "
              "password and confirmation | password and its confirmation | confirm password | password confirm | "
              "update your password | password could not be modified | setting the password | password recovery | "
              "recover your password | recover password | "
              "set password | remove password | remove the password | removing the password | password setup | "
              "set up password | set up a password | set up the password",
        "cs": "změna hesla | změny hesla | změně hesla | změnou hesla | změnit heslo | změňte heslo | nové heslo | "
              "obnovení hesla | obnovit heslo | obnovu hesla | obnova hesla | reset hesla | resetování hesla | "
              "resetovat heslo | heslo nebylo změněno | heslo nezměněno | heslo nelze znovu použít | staré heslo | "
              "starého hesla | současné heslo | aktuální heslo | původní heslo | původního hesla | "
              "heslo bylo změněno | heslo nelze změnit | změně vašeho hesla | změna vašeho hesla | potvrzení hesla | "
              "heslo a potvrzení | aktualizovat heslo | aktualizace hesla | aktualizovat vaše heslo | "
              "heslo a jeho potvrzení | obnovování hesla | potvrdit heslo | potvrďte heslo | "
              "heslo nemohlo být změněno | nastavování hesla | nastavení hesla | "
              "nastavit heslo | odebrání hesla | odebrat heslo | odstranění hesla | odstranit heslo",
        "ru": "смена пароля | сменить пароль | смены пароля | изменение пароля | изменить пароль | обновление пароля | "
              "обновить пароль | сброс пароля | сбросить пароль | сбросить ваш пароль | новый пароль | "
              "пароль не может быть сброшен | пароль сброшен | пароль не менялся | пароль не был изменён | "
              "пароль не был изменен | "
              "пароль не может быть изменён | пароль изменен неудачно | старый пароль | текущий пароль | "
              "пароль не может быть изменен | подтверждение пароля | пароль и подтверждение | подтверждения пароля | "
              "паролем подтверждения | пароль подтверждения | пароль и его подтверждение | подтвердить пароль | "
              "подтвердите пароль | обнулить пароль | восстановление пароля | восстановления пароля | "
              "установке пароля | обновить ваш пароль | настроить пароль | установить пароль | задать пароль | "
              "перемене пароля | перемены пароля | удалить пароль | удаления пароля",
        # two passwords typed (one and its confirmation) that must match; as written, for a stem is the same in the
        # singular, and "the password does not match" is a sign-in's refusal
        "*": "passwords match | passwords do not match | passwords don't match | passwords are identical | "
             "password and verification | hesla jsou identická | пароли являются идентичными | hesla se shodují | "
             "hesla se neshodují | hesla shodují | hesla neshodují | пароли совпадают | пароли не совпадают",
    },
    "confirm-email": {  # a site confirming that an address is the reader's (a registration), not a mailbox's error
        "en": "confirm your email | confirmation email | confirmation link | email confirmation | "
              "confirm your address | "
              "verification link | verification email | activation link | email verification | "
              "verification of your email",
        "cs": "potvrzovací e-mail | potvrzovací odkaz | potvrzení e-mailu | potvrdit e-mail | potvrďte e-mail | "
              "ověřovací odkaz | aktivační odkaz | ověření e-mailu | ověření emailu | ověření vašeho e-mailu | "
              "ověření vašeho emailu | ověření e-mailové adresy",
        "ru": "письмо с подтверждением | ссылка для подтверждения | подтверждение email | подтвердить email | "
              "подтвердите email | письма подтверждения | подтверждение адреса электронной почты | "
              "подтверждения адреса электронной почты | запрос на подтверждение",
        "*": "opt-in | double opt-in",
    },
    "other": {  # another one of the same (advice to try another password)
        "en": "different | another | other",
        "cs": "jiné | jiný | jinou | jiného | druhému | druhým",
        "ru": "другой | другое | другую | другого",
    },
    "wait": {  # waiting for the server: an error while waiting is its silence
        "en": "wait | waiting | waited",
        "cs": "čekání | čekat | čekal | čekali",
        "ru": "ожидание | ожидании | ожидания | ждать",
    },
    "directory": {  # a database or a directory of users (LDAP): its own password is not the mailbox's
        "en": "database | ldap | active directory",
        "cs": "databáze | databázi | databázový | databázového | databázovým | databázové | ldap",
        "ru": "база данных | базе данных | базы данных | базу данных | бд | ldap",
    },
    "other-service": {  # the server that answered speaks another protocol than the program: another service's port
        "en": "not an imap server | not an imap4 server | not an imap mail server | not an imap4 mail server | "
              "not a pop3 server | not a pop server | not a pop3 mail server | not an smtp server | "
              "not a smtp server | "
              "not talking to an imap server | not talking to an imap4 server | not a mail server | "
              "not an email server | not imap4 compliant | not imap compliant",
        "cs": "není imap server | není imap4 server | není server imap | není server imap4 | není pop3 server | "
              "není server pop3 | není smtp server | není server smtp | není poštovní server imap | "
              "není poštovním serverem imap | není poštovní server | není poštovním serverem",
        "ru": "не сервер imap | не сервер imap4 | не является сервером imap | не является сервером imap4 | "
              "не является сервером pop3 | не является сервером smtp | не является imap-сервером | "
              "не является почтовым сервером imap | не почтовый сервер | не почтового сервера | "
              "не является почтовым сервером",
    },
    "permitted": {  # allowed: said with a negation apart from it ("not allowed for this account")
        "en": "allowed | permitted",
        "cs": "povoleno | povolen | povolena | povoleny | dovoleno | oprávněn | oprávněna | oprávněno",
        "ru": "разрешено | разрешена | разрешён | разрешены",
    },
    "alert": {  # a TLS alert: what one side sends the other before it closes the handshake
        "en": "alert | alerts",
        "cs": "upozornění | kritické varování | varování tls",
        "ru": "оповещение | предупреждение",
    },
    "version": {
        "en": "version",
        "cs": "verze | verzi",
        "ru": "версия | версии",
    },
    "peer-identity": {  # the other side's identity proved (its certificate): not the reader's sign-in
        "en": "authenticate peer | authenticate the peer | authenticate the remote peer | authenticate the server",
        "cs": "ověřit totožnost protistrany | ověření totožnosti protistrany | ověřit totožnost serveru",
        "ru": "проверить подлинность сервера | проверить подлинность узла",
    },
    "signature": {  # a certificate's signature
        "en": "signature",
        "cs": "podpisu | podpis",
        "ru": "подписи | подпись",
    },
    "webmail": {  # the mailbox's web pages, in a browser
        "en": "webmail | web browser | web interface | web version | web login | web sign in | web sign-in",
        "cs": "webmail | webového prohlížeče | webový prohlížeč | webové rozhraní | webového rozhraní | "
              "webovém rozhraní | webovou poštu | webové pošty",
        "ru": "веб-интерфейс | веб-интерфейса | веб-интерфейсе | браузер | браузера | браузере | веб-версию | "
              "веб-версии | веб-почту | веб-почты",
    },
    "capabilities": {  # what a server says it can do (IMAP's CAPABILITY, SMTP's EHLO): asked first, on connecting
        "en": "capabilities | capability",
        "cs": "schopnosti | schopností | schopnostmi",
    },
    "tls-server": {  # a server named by its security ("the SSL server"): to verify it is to check its certificate
        "en": "ssl server | tls server",
        "cs": "ssl server | tls server | server ssl | server tls",
        "ru": "ssl сервер | tls сервер | сервер ssl | сервер tls",
    },
    "server-address": {
        "en": "server address | host address | address of the server | server's address",
        "cs": "adresa serveru | adresa hostitele | adresu serveru | adresy serveru | "
              "adresa počítače | adresu počítače | adresy počítače",
        "ru": "адрес сервера | адрес хоста | адрес узла | адреса сервера",
    },
    "reached": {  # a limit reached: the mailbox's, when the mailbox is named (a service's own quota is not the mailbox)
        "cs": "dosaženo | dosažena | dosažen | dosažení | dosáhla | dosáhl | dosáhlo",
        "ru": "достигнут | достигнута | достигнуто | достижения | достижении | достигла | достиг",
        "*": "reached | reaching | approaching | blížíte se | blíží se",  # as written: "reach" is a connection's word
    },
    "unverified": {  # a connection or a server that was not verified: its certificate
        "en": "unverified | not verified",
        "cs": "neověřil | neověřené | neověřený | neověřená | neověřeno | neověřen",
        "ru": "непроверенный | непроверенное | непроверенное соединение | не проверен | не проверено | не проверена | "
              "не подтверждена | не была подтверждена | не подтверждён | не подтвержден",
    },
    "verified": {  # a connection verified: a notice, the other side of "unverified"
        "en": "verified connection | connection verified | verification succeeded | verification successful",
        "cs": "ověřené připojení | ověřené spojení",
        "ru": "проверка пройдена",
        # as written: their stems are those of «проверить соединение» (check the connection)
        # and „připojení ověřeno“, whose stems are those of „připojení: ověření“ (a connection, a verification)
        "*": "проверенное соединение | соединение проверено | připojení ověřeno | spojení ověřeno",
    },
    "characters": {  # characters of what the reader typed (a form's check), not a server's refusal
        "en": "characters | character | uppercase | lowercase | password format | part of the password | "
              "part of password",
        "cs": "znaky | znaků | znak | mezery | mezer | velká písmena | malá písmena | formát hesla | součástí hesla",
        "ru": "символы | символов | символ | пробелы | пробелов | заглавные | строчные | формат пароля | частью пароля",
    },
    "imap-field": {  # a field of an IMAP reply that a program did not find or could not read: a program's own matter
        "*": "uidvalidity | uidnext | highestmodseq | namespace | bodystructure",
    },
    "pin": {  # a smart card's or a token's PIN: the reader's own device, not the mailbox
        "*": "pin | pinu | пин | pin-kód",
    },
    "hostname": {
        "en": "hostname | host name | server name",
        "cs": "název hostitele | název serveru | jméno hostitele | jméno serveru | název počítače | jméno počítače | "
              "název stroje | jméno stroje",
        "ru": "имя хоста | имя сервера | имя узла",
    },
    "request": {
        "en": "request | requests",
        "cs": "požadavek | požadavku | požadavky | žádost | žádosti",
        "ru": "запрос | запроса | запросу",
    },
    "firewall": {
        "en": "firewall",
        "cs": "firewall | firewallu | brána firewall",
        "ru": "брандмауэр | брандмауэра | файрвол | файрвола | межсетевой экран",
    },
    "already": {  # TLS already on: STARTTLS asked on a connection that is encrypted from its first byte
        "en": "already",
        "cs": "již | už",
        "ru": "уже",
    },
    "available": {
        "en": "available | avaliable",  # and its common misspelling
        "cs": "dostupný | dostupná | dostupné | dispozici",
        "ru": "доступен | доступна | доступный | доступно",
    },
    "read": {  # reading what the server sends
        "en": "read | reading | receive | receiving",
        "cs": "číst | čtení | přečíst | přijímání | příjmu | příjem",
        "ru": "чтение | чтения | прочитать | читать | получение | получения | приёме | приеме",
    },
    "service": {  # a service a server offers (HTTP's and SMTP's "service unavailable")
        "en": "service",
        "cs": "služba | služby",
        "ru": "сервис | служба | служб",
    },
    "no-service": {  # nothing answering at the server's port: the connection refused
        "en": "no service is operating | no service listening | no service is listening | nothing is listening | "
              "nothing listening | not listening",
        "cs": "nenaslouchá | žádná služba nenaslouchá",
        "ru": "не прослушивается | никто не слушает",
    },
    "sent": {  # a message sent (said of it: "was not sent"); as written: "odeslání" (sending) has the same Czech stem
        "*": "sent | odeslána | odeslán | odesláno | odeslaná | odeslány | poslána | poslán | posláno | "
             "отправлено | отправлена | отправлен | отправлены | "
             "отправленного | отправленной | отправленное | отправленных | odeslané | odeslaného | odeslanou",
    },
    "not-sent": {  # Czech "(zpráva) neodeslána": not sent, in one word; as written, since the adjective of the
        # Unsent folder („neodeslané zprávy“) has the same stem
        "*": "neodeslána | neodeslán | neodesláno",
    },
    "advise": {  # advice the program gives ("it is recommended to enable TLS")
        "en": "recommended | recommend | should enable | please enable",
        "cs": "doporučeno | doporučujeme | doporučuje",
        "ru": "рекомендуется | рекомендуем | рекомендовано",
    },
    "blocked": {  # blocked, of a sign-in: the reader kept out (a sign-in disabled or forbidden is a method's, LOGIN's)
        "en": "blocked | locked out",
        "cs": "blokace | zablokováno | zablokován | zablokována | blokováno | blokuje | zablokoval | zablokovala",
        "ru": "блокировка учетной записи | блокировка учётной записи | заблокирован | заблокирована | заблокировано | "
              "блокирован | блокирует | заблокировал",
    },
    "blocking": {  # something that blocks a connection or a port (a firewall, a hosting company)
        "en": "blocking | blocks",
        "cs": "blokuje | blokují | blokovat | zablokoval | zablokovala",
        "ru": "блокирует | блокируют | блокировать | заблокировал",
    },
    "connected-ok": {  # a connection that was made ("we were able to connect, but …"): not the failure
        # (not "able to connect" alone, nor «удалось подключиться», which "not able to connect" and «не удалось
        # подключиться» hold)
        "en": "were able to connect | was able to connect | connected successfully | successfully connected | "
              "connection was made successfully | connection was successful | connection succeeded",
        "cs": "jsme se mohli připojit | podařilo se připojit | připojení bylo úspěšně | spojení bylo úspěšně | "
              "úspěšně připojeno",
        "ru": "мы смогли подключиться | соединение было успешно | подключение было успешно | успешно подключились",
    },
    "remote-content": {  # a message's external images or remote content, which a mail program blocks to protect privacy
        "en": "external images | remote content | remote images",
        "cs": "externí obrázky | vzdálený obsah | vzdálené obrázky",
        "ru": "внешние изображения | внешнее содержимое | удалённое содержимое | удаленное содержимое",
    },
    "other-password": {  # a password not the mailbox's: the program's primary password, a key's, a moderator's, a
        # one-time one
        "en": "primary password | master password | approval password | moderator password | administrator password | "
              "admin password | key password | pem password | private key password | certificate password | "
              "wallet password | keyring password | one-time password | one time password | recovery password",
        # as written: "encrypted passwords" (a sign-in method) has the stems of "encryption password"
        "*": "encryption password",
        "cs": "hlavní heslo | hlavního hesla | hlavním heslem | heslo správce | heslo moderátora | heslo ke klíči | "
              "heslo k certifikátu | heslo certifikátu | heslo klíčenky | heslo úschovny | šifrovací heslo | "
              "jednorázové heslo | jednorázového hesla | jednorázovým heslem | heslo pro obnovení | obnovovací heslo",
        "ru": "основной пароль | основного пароля | мастер-пароль | мастер-пароля | главный пароль | главного пароля | "
              "пароль администратора | пароль модератора | пароль ключа | пароль к ключу | пароль сертификата | "
              "пароль хранилища | пароль бумажника | пароль шифрования | одноразовый пароль | одноразового пароля | "
              "одноразовым паролем | пароль восстановления",
    },
    "threshold": {  # a spam filter's threshold: its settings
        "en": "threshold",
        "cs": "práh | prahu | prahem",
        "ru": "порог | порога | порогом",
    },
    "bug-report": {  # a report of a program's own error sent to its makers
        "en": "bug report | bug reports | crash report | crash reports | error report | error reports",
        "cs": "hlášení o chybě | hlášení o chybách | hlášení chyby | hlášení chyb | hlášení o pádu",
        "ru": "отчёт об ошибке | отчет об ошибке | отчёта об ошибке | отчета об ошибке | отчёт о сбое | отчет о сбое",
    },
    "security-check": {  # a web form's security check (its token): the page's own, not the mailbox
        "en": "security check | security token | csrf | xsrf | verify your data submission | data submission | "
              "captcha | human verification",
        "cs": "bezpečnostní kontrola | bezpečnostní kontroly | bezpečnostní token | bezpečnostního tokenu | "
              "ověřit odeslané údaje | ověření člověka | captcha",
        "ru": "проверка безопасности | проверки безопасности | токен безопасности | токена безопасности | "
              "проверить переданные данные | капча | проверка на человека",
    },
    "banned": {  # the reader banned or blocked from a site or a service, said to them
        "en": "you are banned | you have been banned | you are currently banned | you were banned | banned from this | "
              "banned from accessing | you are blocked | you have been blocked | banned from server | "
              "banned from the server | banned by | banned for",
        "cs": "byl vám udělen ban | máte ban | jste zabanován | jste zabanována | byl jste zablokován | "
              "byla jste zablokována | jste zablokován | jste zablokována | byl jste vykopnut | byla jste vykopnuta | "
              "jste zakázán | jste zakázána | jste zakázáni | "
              "zablokován na serveru | zablokován na servru | zablokována na serveru | zabanován | zabanována",
        "ru": "вы заблокированы | вы забанены | вы были заблокированы | вас заблокировали | вы забанен | "
              "вы заблокирован | заблокирован на сервере | заблокирована на сервере | забанен | забанена | забанены",
    },
    "notify-verb": {  # to notify people (by e-mail: its recipients)
        "en": "notify | notifying",
        "cs": "upozornit | upozornění | uvědomit",
        "ru": "уведомить | уведомление | уведомления",
    },
    "notification": {  # a site's notice by e-mail being turned off is its setting
        "en": "notification | notifications",
        "cs": "notifikace | oznámení",
        "ru": "уведомление | уведомления | уведомлений",
    },
    "skip": {  # a step skipped: a notice
        "en": "skipping | skipped",
        "cs": "přeskakuji | přeskakuje | přeskočeno | přeskočen",
        "ru": "пропущен | пропущено | пропускается",
    },
    "generate": {  # making something (the reader's own certificate); not «создавшим» (the CA that issued one)
        "en": "generating | generate | generation",
        "cs": "vytváření | generování | vygenerovat",
        "ru": "создании | генерации | генерация | создания сертификата | создание сертификата | сгенерировать",
    },
    "certificate-upkeep": {  # the reader's own certificate made, ordered, updated, restored or installed (as phrases:
        # "could not create connection: certificate not trusted" is the server's; «установить» is also "establish")
        "en": "create certificate | create a certificate | create the certificate | create a new certificate | "
              "creating the certificate | certificate creation | order certificate | order a certificate | "
              "order the certificate | update certificate | update the certificate | update this certificate | "
              "restore certificate | install a new certificate | install the certificate | install certificate | "
              "issue a certificate | certificate issuance",
        "*": "issuing certificate | issuing the certificate",
        "cs": "vytvořit certifikát | vytvoření certifikátu | objednat certifikát | aktualizovat certifikát | "
              "certifikát se nepodařilo aktualizovat | obnovit certifikát | obnovení certifikátu | "
              "nainstalovat nový certifikát | nainstalovat certifikát | nainstalujte certifikát | "
              "vydávání certifikátu",
        "ru": "создать сертификат | создать ваш новый сертификат | заказать сертификат | обновить сертификат | "
              "обновить этот сертификат | восстановить сертификат | установите новый сертификат | "
              "выдаче сертификата | выдачи сертификата",
    },
    "message-count": {  # how many messages (or their recipients) one sends, or in what time: a sending limit's measure
        "en": "number of messages | number of emails | number of e-mails | number of recipients | "
              "number of allowed emails | "
              "number of allowed e-mails | number of allowed messages | number of allowed recipients | "
              "message limit | email limit | email cap | recipient limit | recipients limit | daily limit | "
              "hourly limit | per hour | per day | per 24h",
        "cs": "počet e-mailů | počtu e-mailů | počet emailů | počtu emailů | počet zpráv | počtu zpráv | "
              "počet příjemců | počtu příjemců | denní limit | denního limitu | hodinový limit | za hodinu | za den | "
              "za 24 hodin",
        "ru": "количество писем | количества писем | количество сообщений | количества сообщений | "
              "количество получателей | количества получателей | дневной лимит | суточный лимит | писем за сутки | "
              "писем в день | писем в час | сообщений в час | сообщений в день | сообщений за сутки",
    },
    "rate-limit": {  # a limit on how much or how often one sends: a server slowing or stopping the sender
        "en": "rate limit | rate limited | rate-limit | rate-limited | ratelimit | ratelimited | throttling | "
              "throttled | sending limit | sending frequency | frequency limit | sending quota | sending rate",
        # not „limit odesílání“ alone: „časový limit odesílání“ is a time-out
        "cs": "denní limit odesílání | překročen limit odesílání | limit pro odesílání | omezení četnosti | "
              "kvóta odesílání | kvóta pro odesílání | četnost odesílání",
        "ru": "лимит отправки | лимита отправки | ограничение частоты | ограничение скорости отправки | "
              "лимит скорости | квота отправки | квота на отправку | частота отправки | частоты отправки",
    },
    "fetch-mail": {  # mail being checked for, fetched or downloaded (a message's or the mailbox's)
        "en": "check mail | check for mail | check for new mail | check for new messages | retrieve message | "
              "retrieve mail | retrieve email | retrieve new message | retrieve new mail | retrieve message list | "
              "download message | download mail | download email | download new message | download new mail | "
              "fetch mail | fetch message | fetch email | fetch new mail | fetch new message | get mail | "
              "get message | get new mail | get new message | get email | receive mail | receive message | "
              "receive email | receive new message | receive new mail | load message | load mail | "
              "get the list of messages | get list of messages | "
              "mail fetch | receive the mail | retrieve the mail | download the mail | fetch the mail | "
              "download e-mail | mail check | new mail check | mailbox check | checking the mailbox | check email | "
              "check for email | check for new email",
        "cs": "kontrola pošty | kontrolu pošty | kontrole pošty | kontroly pošty | kontrola nové pošty | "
              "kontrole nové pošty | zkontrolovat poštu | stahování zpráv | stahování zprávy | stahování pošty | "
              "stáhnout zprávy | stáhnout zprávu | stáhnout poštu | stáhnout email | stáhnout e-mail | načíst zprávy | "
              "načíst zprávu | načítání zprávy | načítání zpráv | načtení zprávy | přijmout email | přijmout e-mail | "
              "přijmout zprávy | přijmout zprávu | přijímání zpráv | přijímání pošty | získat zprávu | získat zprávy | "
              "získávání zprávy | získávání zpráv | příjem pošty | příjmu pošty | stažení pošty | stahování e-mailu | "
              "stahování e-mailů | stahování emailu | stažení e-mailu",
        # Russian as written: the stems of «получить письма» are those of «получили письмо» (the reader did receive it)
        "*": "проверка почты | проверки почты | проверке почты | проверить почту | проверка новой почты | "
             "получение почты | получения почты | получить почту | получении почты | получение сообщений | "
             "получения сообщения | получить сообщения | получить сообщение | получении сообщения | "
             "получения новых писем | получении новых писем | получить письма | загрузка сообщений | "
             "загрузки сообщения | загрузить сообщение | загрузить сообщения | загрузить почту | загрузить письма | "
             "загрузке сообщения | загрузки почты | принять сообщение | приём почты | приема почты | "
             "скачать сообщение | скачать почту | получить email | получения email",
    },
    "used-up": {  # most of something used (a quota): a mailbox nearly full is said so
        "en": "used over | used more than",
        "cs": "využili jste více než | využili jste přes | vyčerpali jste | využili jste veškerý | "
              "využili jste všechen",
        "ru": "использовали более | использовали больше",
    },
    # the verbs of getting mail from a server, with a message near (the fetch guess's words apart). Not "download":
    # that concept holds synchronising too (a failed sync is a guess of its own, "sync+fail", its words together, since
    # the eighteenth session), and its Russian is stemmed, so «получить» there would also take «получилось» (it worked
    # out)
    "fetch-verb": {
        "en": "retrieve | retrieving | retrieval | download | downloading | fetch | fetching | receive | receiving | "
              "load | loading",
        "cs": "stáhnout | stahování | stažení | načíst | načítání | načtení | přijmout | přijímání | příjem | získat | "
              "získávání | získání",
        # Russian as written: the stem of «получить» is that of «получилось» (it worked out)
        "*": "получить | получения | получении | получение | получать | загрузить | загрузки | загрузке | загрузка | "
             "скачать | скачивания | скачивании | принять | приёма | приема | извлечении | извлечения",
    },
    "multipart": {  # a part of a message made of several (read from the message the program holds)
        "en": "multipart",
        "cs": "více částmi | více částech | více částí",
        "ru": "составного сообщения | составное сообщение | составного письма",
    },
    "channel": {  # a (secure) channel: what Windows' TLS (Schannel) and .NET call a TLS connection
        "en": "channel",
        "cs": "kanál | kanálu | kanálem",
        "ru": "канал | канала | каналом",
    },
    "already-running": {  # something already running (a second check, another instance): no failure of the server
        "en": "already running | already in progress | is running",
        "cs": "již probíhá | už probíhá | již běží | už běží | běží jiný | běží jiná | běží další",
        "ru": "уже выполняется | уже идёт | уже идет | уже запущен | уже запущена | запущен другой | запущена другая",
    },
    "advise-check": {  # the reader asked to check something (not a setting's label, "Verify certificate")
        "en": "please check | please verify | please review | please confirm | review the | verify the | check the",
        "cs": "zkontrolujte | ověřte | overte | překontrolujte | potvrďte | prohlédněte | zkontrolujte si",
        "ru": "проверьте | убедитесь | просмотрите | подтвердите",
    },
    "temporary-word": {  # "temporary" as such: the server's, next to a sign-in refused ("try again later" is advice)
        "en": "temporary | temporarily",
        "cs": "přechodně | dočasně | dočasný | dočasná | dočasné | dočasného",
        "ru": "временно | временная | временный | временного | временной",
    },
    "later": {  # "try again later": a state that passes (a lock for a while, a busy server)
        "en": "later | in a while | in a few minutes",
        "cs": "později | za chvíli | za okamžik | za pár minut",
        "ru": "позже | позднее | через некоторое время | через несколько минут",
    },
    "returned-error": {  # a server that returned an error and said no more
        "en": "returned an error | returned error | returned with an error",
        "cs": "vrátil chybu | vrátila chybu | vrátilo chybu",
        "ru": "вернул ошибку | вернула ошибку | вернуло ошибку",
    },
    "too-many": {  # too many of something (sign-in attempts), or too many times
        "en": "too many | too often",
        "cs": "překročil maximální počet | překročili jste maximální počet | překročen maximální počet | "
              "limit pokusů | příliš mnoho | příliš mnoha | příliš mnohokrát | příliš často | několikrát po sobě",
        "ru": "превышено максимальное количество | лимит попыток | слишком много | слишком большое количество | "
              "превышено количество | превышено число | слишком часто | несколько раз подряд | "
              "превысили допустимое число | превышено допустимое число | превысили число | превысили количество",
    },
    "dependency": {  # what a package needs (its dependencies to resolve): not a host name
        "en": "dependency | dependencies | conflict | conflicts",
        "cs": "závislost | závislosti | závislostí | závislostmi | konflikt | konflikty | konfliktů",
        "ru": "зависимость | зависимости | зависимостей | конфликт | конфликты | конфликтов",
    },
    "edit-connection": {  # a network connection's settings (a profile) added, changed or removed: not connecting
        "en": "add connection | add the connection | add a connection | adding connection | adding the connection | "
              "edit connection | edit the connection | update connection | update the connection | delete connection | "
              "delete the connection | remove connection | remove the connection | rename connection | "
              "import connection",
        "cs": "přidat spojení | přidání spojení | přidat připojení | přidání připojení | upravit spojení | "
              "úprava spojení | aktualizovat spojení | aktualizace spojení | smazat spojení | smazání spojení | "
              "odstranit spojení | odstranění spojení | přejmenovat spojení | importovat spojení",
        "ru": "добавить соединение | добавления соединения | добавить подключение | добавления подключения | "
              "изменить соединение | изменения соединения | изменить подключение | обновить соединение | "
              "обновления соединения | обновить подключение | переименовать соединение | импортировать соединение",
    },
    "inactive": {  # an account not active (or a connection idle too long)
        "en": "inactive | not active | not activated | not been activated | non-active | nonactive | "
              "must be activated | inactivated | not yet activated | not yet been activated",
        "cs": "neaktivní | není aktivní | nečinnost | nečinnosti | není aktivován | není aktivována | "
              "nebyl aktivován | nebyla aktivována | musí být aktivován | musí být ručně aktivován | "
              "musí být váš účet aktivován | musí být účet aktivován | ještě nebyl aktivován | "
              "ještě nebyla aktivována | ještě není aktivován | ještě není aktivována",
        "ru": "неактивна | неактивен | неактивно | неактивной | не активна | не активен | недействующая | "
              "недействующий | недействующей | не активирован | не активирована | должна быть активирована | "
              "не был активирован | не была активирована | ещё не активирован | еще не активирован",
    },
    "length": {  # a password's length a form requires
        "en": "length | too short | minimum length | too simple | too weak | weak password",
        "cs": "délka | délku | délky | příliš krátké | příliš krátký | minimální délka | příliš jednoduché | "
              "příliš jednoduchý | příliš slabé | příliš slabý | slabé heslo",
        "ru": "длина | длину | длины | слишком короткий | минимальная длина | слишком простой | слишком слабый | "
              "слишком простое | слабый пароль | требованиям безопасности",
    },
    "future-date": {  # a validity that begins only in the future (a certificate's, or a site's identification), or
        # one stated as a period that the present is outside of ("only valid from … to …")
        "en": "future dates | future date | in the future | only valid from | valid only from | "
              "only valid between | valid only between | not yet activated | not activated yet | not activated",
        "cs": "ještě není aktivován | není aktivován | ještě není aktivní | nevstoupil v platnost | "
              "nevstoupila v platnost | "
              "nevstoupilo v platnost | "
              "budoucnu | budoucnosti | budoucí datum | bude platný až od | bude platná až od | bude platné až od | "
              "platný pouze od | platný jen od | platná pouze od | platné pouze od",
        "ru": "будущем | ещё не наступило | еще не наступило | ещё не наступила | еще не наступила | будущих дат | "
              "будущие даты | действителен только с | действительна только с | "
              "действителен лишь с | ещё не активирован | еще не активирован | не активирован",
    },
    "two-factor": {  # two-step verification of a mailbox: a program then needs an app password
        "en": "two-step | two step | step verification | two-factor | two factor | factor authentication | 2fa | mfa | "
              "multi-factor",
        "cs": "dvoufázové | dvoufázového | dvoufázovým | dvoustupňové | dvoustupňového | stupňové ověření | "
              "dvoufaktorové | dvoufaktorového | dvoufaktorovým",
        "ru": "двухэтапная | двухэтапную | двухэтапной | двухфакторная | двухфакторную | двухфакторной | "
              "двухэтапной аутентификации | двухэтапной авторизации",
    },
    "switch-on": {  # a switch to turn on (advice to turn SSL on)
        "en": "turn on | switch on | toggle",
        "cs": "zapněte | povolte | přepínač | přepínače | přepínačem",
        "ru": "включите | переключатель | переключателем | переключателя",
    },
    "roaming": {  # the phone's roaming: its own data settings
        "en": "roaming",
        "cs": "roaming | roamingu",
        "ru": "роуминг | роуминге | роуминга",
    },
    "signin-again": {  # advice to sign in again: by itself no cause (the failure beside it names one)
        "en": "try logging in again | try to log in again | log in again | sign in again | try signing in again | "
              "must login again | must log in again | login again",
        "cs": "přihlásit znovu | znovu přihlásit | přihlaste se znovu | znovu se přihlaste | opět přihlásit | "
              "musíte opět přihlásit | přihlaste se prosím znovu",
        "ru": "войти в систему снова | войти снова | войдите снова | войдите заново | войти заново | повторите вход | "
              "снова войти",
    },
    "feature": {  # a program's feature (turned off by its administrator): not the reader's account
        "en": "feature | functionality",
        "cs": "funkce | funkcionalita",
        "ru": "функция | функциональность",
    },
    "hash": {  # a password's hash, computed by the program itself (to store it, to compare it)
        "en": "hash | hashing | hashed",
        "cs": "hash | hashování | hashovat | hashe",
        "ru": "хеш | хеширование | хешировании | хеширования | хэш | хэширование | хэшировании | хэширования",
    },
    "proxy-error": {  # an error of the proxy server (its page's title, "Proxy Error")
        "en": "proxy error | proxy errors",
        "cs": "chyba proxy | chybě proxy | chyby proxy",
        "ru": "ошибка прокси | ошибка в прокси | ошибки прокси",
        "*": "upstream proxy error | ошибка upstream прокси",
    },
    "proxy": {  # a proxy server between the program and the internet
        "en": "proxy | proxy server | proxy chain",  # a chain of proxies, not a certificate's chain
        "cs": "proxy | proxy server | proxy serveru | proxy serverem | řetězec proxy | řetězci proxy",
        "ru": "прокси | прокси-сервер | прокси-сервера | прокси-сервером | цепочке прокси | цепочка прокси | "
              "цепочку прокси",
        "*": "socks | socks4 | socks5 | socksv4 | socksv5 | tor",  # Tor: a network that stands between as a proxy
    },
    "vpn": {  # a VPN between the program and the internet (its own password is its own sign-in)
        "*": "vpn",
    },
    "host-key": {  # an SSH server's key, what a certificate is to TLS: one not known, or changed
        "en": "known hosts | host key | hostkey | host's key",
        "cs": "klíč hostitele | klíče hostitele | klíč serveru | klíče serveru | hostitelský klíč | "
              "hostitelského klíče | hostitelským klíčem | hostitelskému klíči | klíč hosta | klíče hosta | "
              "klíč vzdáleného hostitele | klíče vzdáleného hostitele",
        "ru": "ключ хоста | ключа хоста | ключ узла | ключа узла | ключ сервера | ключа сервера | "
              "ключ удалённого хоста | ключ удаленного хоста",
    },
    "recipient-code": {  # Exchange's codes for a recipient not found (RESOLVER.ADR.RecipNotFound)
        "*": "recipnotfound | recipientnotfound | exrecipnotfound",
    },
    "found-at": {  # a recipient not found at a domain ("jana wasn't found at mail.ru")
        "*": "wasn't found at | was not found at | not found at",
    },
    "not-listed": {  # a recipient not listed in a mail system's directory (Domino's)
        "cs": "uživatel není místní",
        "ru": "пользователь не локальный | не локальный пользователь",
        "*": "not listed in | user not local",
    },
    "authenticated-user": {  # the user a server has signed in (whose address a message must be sent from)
        "*": "authenticated user | authenticated sender | authenticated account | logged in user",
    },
    "belong": {  # an address that must belong to someone
        "en": "belong | belongs",
    },
    "tried-to-reach": {  # Gmail's words for the recipient's account ("the account that you tried to reach")
        "*": "that you tried to reach | you tried to reach",
    },
    "ip-block": {  # the sending server's IP address blocked for its reputation: what spam filters answer
        "en": "ip reputation | reputation | blocklist | blocklisted | blacklist | blacklisted | denylist | banned ip | "
              "blocked ip | banned sending ip | blocked sending ip | spamhaus | spamcop",
        "cs": "reputace | černá listina | černé listině | černém seznamu | blacklist | blacklistu",
        "ru": "репутация | репутации | чёрный список | черный список | чёрном списке | черном списке | "
              "чёрного списка | черного списка | блэклист",
        "*": "dnsbl | dnsbls | rbl",  # as written: "DNSBLs" is no identifier in camel case
    },
    "changed": {  # something that changed since the last time (a server's identification)
        "en": "has changed | have changed",
        "cs": "se změnila | se změnil | se změnilo | změnila se | změnil se",
        # as written: "change", "změnit" and "изменить" (advice to change a setting) have the same stems
        "*": "changed | změněn | změněna | změněno | изменился | изменилась | изменилось | изменены | изменён | "
             "изменен | изменена | изменено | заменена | заменён | заменен | změněný | změněné | изменённый | "
             "измененный",
    },
    "connect-advice": {  # advice to connect (to the internet) before going on, or to check that one is ("are you
        # connected?", as English asks it); not Russian «подключитесь», whose stem is that of «подключены» (connected)
        "en": "are you connected | you have to be connected | you must be connected | you need to be connected | "
              "are you online | restore your connection | restore the connection | restore your internet connection | "
              "make sure you are connected | make sure you're connected | requires an internet connection | "
              "need an internet connection | needs an internet connection",
        "ru": "вы должны быть подключены | необходимо подключиться | произведите подключение | "
              "восстановите подключение | восстановите соединение | убедитесь, что вы подключены | "
              "убедитесь что вы подключены | потребуется подключение к интернету | требуется подключение к интернету | "
              "необходимо подключение к интернету | нужно подключение к интернету",
        "cs": "připojte se | připojte | musíte být připojeni | musíte být připojen | obnovte připojení | "
              "obnovte spojení",
        # as written: "connected to the internet" has the stem of "connect to the internet"
        "*": "please connect to | connect to the internet | подключитесь к интернету | подключитесь к сети | "
             "connect to the network | connect to a network | připojte se k internetu | připojte se k síti",
    },
    "check-connection": {  # advice to check one's connection: it failed
        "en": "check your connection | check your connectivity | check your internet connection | "
              "check your server connection | check the server connection | check your data connection | "
              "check your mobile data connection | restore the connection | restore your connection",
        # as written: "checking connection" is a step being taken
        "*": "check connection | check the connection settings | check connection settings | "
             "check the connection parameters | check connection parameters",
        # and the familiar „zkontroluj“ of programs that speak to the reader informally
        "cs": "zkontrolujte připojení | zkontrolujte své připojení | zkontrolujte svoje připojení | "
              "zkontrolujte spojení | zkontrolujte si připojení | zkontroluj připojení | zkontroluj své připojení | "
              "zkontroluj svoje připojení | zkontroluj spojení | zkontroluj si připojení | "
              "zkontrolujte prosím připojení | "
              "zkontrolujte prosím své připojení | zkontrolujte prosím svoje připojení | "
              "prosím zkontrolujte připojení | "
              "obnovte připojení | obnovte spojení",
        "ru": "проверьте соединение | проверьте подключение | проверить подключение | проверьте ваше соединение | "
              "восстановите соединение | восстановите подключение",
    },
    "warning": {  # a dialog's warning (about a certificate)
        "en": "warning",
        "cs": "varování | pozor",
        "ru": "предупреждение | внимание",
    },
    "attach": {  # Czech „připojit“ is also to attach (a picture, a file): not a connection; an attachment (its count, its
        # size) is the message's own
        "en": "attachment | attachments",
        "ru": "вложение | вложения | вложений | вложениями",
        "cs": "připojit obrázek | připojit obrázky | připojit soubor | připojit soubory | připojit přílohu | "
              "připojit fotku | připojit fotografii | připojit do složky | připojí do složky | "
              "připojit do místní složky | připojí do místní složky | přílohy | příloh | přílohu | příloha | přílohami",
    },
    "https": {  # a page that requires the web's secure protocol (not an address beginning with https://)
        "en": "https is required | https required | https is needed | requires https | require https | https only",
        "cs": "je vyžadováno https | vyžadováno https | požadováno https | vyžaduje https | https je vyžadováno | "
              "https je povinné | pouze https",
        "ru": "нужен https | требуется https | необходим https | https обязателен | https требуется | только https",
    },
    "retry": {  # a mail server's retries of a delivery (a bounce's "retry timeout exceeded")
        "en": "retry | retries",
    },
    "test-page": {  # a printer's test page (sent to the printer)
        "en": "test page",
        "cs": "testovací stránka | testovací stránku | testovací stránky",
        "ru": "пробная страница | пробную страницу | пробной страницы | тестовая страница | тестовую страницу | "
              "тестовой страницы",
    },
    "resolve-verb": {  # Russian «разрешить» (also "to allow"): a host name's resolution only beside a server's name
        "ru": "разрешить",
    },
    "locked-out": {  # kept out of an account, said alone (other languages say it as a blocked account, read above)
        "en": "locked out",
    },
    "since-last-login": {  # failed sign-ins counted since the last one that worked: a notice, not a refusal
        "en": "since the last successful login | since your last login | since the last login | "
              "since your last successful login | login attempts since the last | login attempts since your last",
        "cs": "od posledního úspěšného | od posledního přihlášení | od vašeho posledního přihlášení",
        "ru": "со времени последнего входа | момента последнего входа | последнего успешного входа",
    },
    "token-manipulation": {  # Linux-PAM's words for a password that could not be changed
        "en": "authentication token manipulation",
        "cs": "chyba manipulace s autentizačním tokenem | manipulace s autentizačním tokenem",
        "ru": "ошибка при операциях с маркером проверки подлинности | операциях с маркером проверки подлинности",
    },
    "more-info": {  # a link to help about common problems: it names them, nothing went wrong
        "en": "learn more about | read more about | more information about | more info about",
        "cs": "více informací o | další informace o",
        "ru": "подробнее об | подробнее о | узнать больше о",
    },
    "module-missing": {  # a library module of the program missing (Perl's IO::Socket::SSL): its own installation
        "en": "missing modules | missing module | module is missing | modules are missing",
        "cs": "chybí modul | chybějící modul | chybějících modulů",
        "ru": "отсутствует модуль | отсутствующих модулей",
    },
    "lock-ahead": {  # a warning that an account will be locked after more failed sign-ins: not locked yet
        "en": "before your account is locked | before your account will be locked | before your account gets locked | "
              "before the account is locked | before the account will be locked | before being locked | "
              "until your account is locked | until the account is locked | before you are locked out | "
              "after further failures | your access will be locked | your access will be blocked | "
              "before your access is locked | before your access is blocked",
        "cs": "než bude váš účet uzamčen | než bude účet uzamčen | než bude váš účet zablokován | "
              "než bude účet zablokován | před uzamčením účtu | před zablokováním účtu",
        "ru": "прежде чем ваша учетная запись | прежде чем ваша учётная запись | прежде чем учетная запись | "
              "прежде чем учётная запись | после этого учетная запись | после этого учётная запись | "
              "до блокировки учетной записи | до блокировки учётной записи | до блокировки аккаунта | "
              "перед блокировкой учетной записи | после дальнейших отказов | после следующих отказов | "
              "ваш доступ будет заблокирован",
    },
    "attempts-left": {  # the sign-in attempts left before an account is locked: the password typed was wrong
        "en": "attempt left | attempts left | attempts remaining | one more attempt | last attempt",
        "cs": "ještě jeden pokus | zbývá pokus | zbývající pokusy | poslední pokus | zbývají pokusy",
        "ru": "последняя попытка | осталась попытка | осталось попыток | осталась последняя попытка | осталось попытки",
    },
    "records": {  # a site's records the credentials given did not match
        "en": "our records | records",
        "cs": "záznamy | našimi záznamy",
        "ru": "записями | нашими записями",
    },
    "registration": {  # making an account on a web site (a sign-up), not signing in to the mailbox
        "en": "registration | sign up | signup | sign-up | adding users | add users | create an account",
        "cs": "registrace | registraci | přidávání uživatelů | vytvořit účet",
        "ru": "добавление пользователей | закрыт для регистрации | закрыта для регистрации | регистрация закрыта | "
              "регистрация отключена | регистрация новых пользователей | регистрация новых | "
              "создавать учетную запись | создать учетную запись | создавать учётную запись | создать учётную запись",
    },
    "post": {  # a post on a social site or a forum
        "cs": "příspěvek | příspěvku | příspěvky",
        "ru": "пост | поста | публикация | публикацию | публикации",
    },
    "upload": {  # files sent to a cloud or a web site (a sync client's uploads)
        "en": "upload | uploads | uploading",
        "cs": "nahrávání | nahrát | nahrání",
        "ru": "закачка | закачки | закачек | выгрузка | выгрузки",
    },
    "token": {  # a sign-in token (OAuth's access token)
        "en": "token | access token",
        "cs": "token | přístupový token | přístupový tiket | přístupového tiketu",
        "ru": "токен | токен доступа | маркер доступа | маркера доступа | маркером доступа",
    },
    "auth-required": {  # "authentication required" (SMTP's 530 says it): the program signed in without the right
        # credentials, or not at all
        "en": "authentication required | authentication is required | authorization required | "
              "authorisation required | authentication needed",
        "cs": "vyžadováno ověření | vyžaduje se ověření | je vyžadováno ověření | vyžadována autorizace | "
              "vyžadována autentizace | autentizace vyžadována | autorizace vyžadována | vyžadována autentifikace | "
              "autentizace je vyžadována | autentifikace je vyžadována | ověření je vyžadováno",
        "ru": "требуется аутентификация | необходима аутентификация",
    },
    "install-software": {  # software to install (a package manager's sign-in for it is the system's)
        "en": "install software | installing software | install packages | installing packages",
        "cs": "instalaci softwaru | instalace softwaru | instalaci programů | instalaci aplikací",
        "ru": "установки программ | установка программ | установки пакетов | установка пакетов",
    },
    "oauth-token": {  # OAuth's token, named as such: the mail program's sign-in (XOAUTH2)
        "*": "oauth token | oauth2 token | oauth access token | oauth2 access token | xoauth2 token",
    },
    "your-access": {  # the reader's access (to a server, a service): a provider's to give or take back
        "en": "your access",
        "cs": "váš přístup",
        "ru": "ваш доступ",
    },
    "access-rights": {  # rights to a folder or a file (IMAP's ACL): the folder's, not the account's
        "en": "access rights",
        "cs": "přístupová práva | přístupových práv",
        "ru": "права доступа | прав доступа",
    },
    "restricted": {  # access restricted (by the provider)
        "en": "restricted",
        "cs": "omezen | omezený | omezena",
        "ru": "ограничен | ограничена",
    },
    "delete-trusted": {  # trusted certificates the reader deletes (a settings' button): a setting, not a failure
        "en": "delete trusted certificates | delete the trusted certificates | delete trusted certificate | "
              "remove trusted certificates | remove the trusted certificates | remove trusted certificate",
        "cs": "smazat důvěryhodné certifikáty | smazat důvěryhodný certifikát | odstranit důvěryhodné certifikáty | "
              "odstranit důvěryhodný certifikát",
        "ru": "удалить доверенные сертификаты | удалить доверенный сертификат",
    },
    "token-get": {  # getting an access token (OAuth's), as a step of signing in
        "en": "get access token | get an access token | get the access token | getting access token | "
              "obtain access token | obtain an access token | obtaining access token | retrieve access token | "
              "retrieving access token | retrieving an oauth access token | retrieve an oauth access token | "
              "get oauth token | fetch access token | fetching access token | acquire access token | acquire token | "
              "acquire oauth2 token | get oauth2 access token | get oauth2 token | refresh access token | "
              "refresh the access token | refreshing access token | refresh token | refresh the token",
        "cs": "získat přístupový token | získání přístupového tokenu | získaní přístupového tokenu | "
              "přijímání přístupového tokenu | získat token oauth | získání tokenu oauth | "
              "získání přístupového tiketu | získávání přístupového tiketu | občerstvení přístupového tiketu | "
              "obnovení přístupového tokenu | obnovit přístupový token | obnovení tokenu",
        "ru": "получить маркер доступа | получения маркера доступа | получить токен доступа | "
              "получения токена доступа | получить токен oauth | получения токена oauth | обновить маркер доступа | "
              "обновления маркера доступа | обновить токен доступа | обновления токена доступа",
    },
    "identify": {  # a host a program could not identify (find out who or where it is)
        "en": "identify",
        "cs": "identifikovat",
        "ru": "идентифицировать",
    },
    "spelling": {  # how an address is spelt: advice to check it after a server refused addresses
        "en": "spelling | spelled | spelt | misspelled",
        "cs": "správnost adres | správnost adresy | pravopis",
        "ru": "правильность написания | написание",
    },
    "url": {  # a web page's address (not an e-mail address)
        "en": "url | web address",
        "cs": "webová adresa | webové adresy | webovou adresu | url adresa | url adrese",
        "ru": "интернет-адрес | интернет-адреса | веб-адрес | веб-адреса",
        "*": "url",
    },
    "information": {  # the reader's information a browser protects from theft (a certificate warning)
        "en": "information",
        "cs": "informace | informací | informaci",
        "ru": "информацию | информация | информации",
    },
    "get": {  # getting something from the server (its reply)
        "en": "get | getting | obtain | obtaining",
        "cs": "získat | dostat | obdržet | získání | získávání | získává | zjištění | zjistit",
        "ru": "получить | получение | определения | определить",
    },
    "command": {
        "en": "command",
        "cs": "příkaz | příkazu",
        "ru": "команда | команду | команды",
    },
    "because": {  # a cause named ("disabled because of a connection error")
        "en": "due to | because of | caused by",
        "cs": "kvůli | důvodu | způsobeno",
        "ru": "из-за | по причине | вследствие",
    },
    "clock": {  # the computer's clock: a wrong date makes a valid certificate look expired or not yet valid
        "en": "clock | system clock | date and time | system time | date on your device | date on the device | "
              "date on your computer | device date",
        "cs": "nastavený čas | systémový čas | hodiny počítače | datum a čas | systémové hodiny | datum v zařízení | "
              "datum na zařízení | datum ve vašem zařízení | datum v počítači | datum na počítači",
        "ru": "системные часы | системное время | дату и время | дата и время | часы компьютера | дата на устройстве | "
              "дату на устройстве | дата на компьютере | дату на компьютере | дата устройства | дату устройства",
    },
    "user-cancelled": {  # something the reader stopped ("cancelled by the user"): no failure
        "en": "cancelled by the user | canceled by the user | cancelled by user | canceled by user | "
              "sending was cancelled | sending was canceled | at your request | at the user's request | "
              "aborted by the user | aborted by user",
        "cs": "zrušeno uživatelem | přerušeno uživatelem | zrušena uživatelem | zrušen uživatelem | "
              "odesílání zprávy bylo zrušeno | odesílání bylo zrušeno | na vaši žádost | na žádost uživatele",
        "ru": "отменено пользователем | прервано пользователем | отменена пользователем | отправка отменена | "
              "отправка была отменена | по вашему запросу | по запросу пользователя",
    },
    "cloud": {  # Mail.ru's cloud storage (the words of its host names), not its mail
        "*": "cloud mail ru | облако mail ru | cloud storage",
    },
    "relay": {  # a server relaying mail for others: the reader's own outgoing server refuses it to a program that
        # did not sign in
        "en": "relaying | relay access | relay denied | relay not permitted | relay a message | relay the message",
        "cs": "předávání",
        "ru": "ретрансляция | ретрансляции | доступ к пересылке | пересылка запрещена | пересылка не разрешена",
    },
    "redirect": {  # a web address that sends the program elsewhere: a web page's matter
        "en": "redirect | redirected | redirection | redirecting",
        "cs": "přesměrování | přesměrován | přesměrováno",
        "ru": "перенаправление | перенаправления | перенаправлен | перенаправлено",
    },
    "offline-use": {  # something kept for reading offline, a label of a setting (not a failure)
        "en": "offline use | offline usage | offline reading | reading offline | offline operation | offline buddies | "
              "offline contacts",
        "cs": "použití offline | používání offline | práci offline | čtení offline | režim odpojení | "
              "režimu odpojení | používání při odpojení | používání po odpojení | práci při odpojení | "
              "zobrazení při odpojení | použití v odpojeném stavu",
        "ru": "автономного использования | автономной работы | автономного чтения | автономные папки | "
              "автономных папок | чтения в автономном режиме",
    },
    "offline": {  # the program or the computer working without a network: nothing reaches the server
        "en": "offline | off-line | work offline | working offline | not connected to | been disconnected | "
              "seems to be disconnected | waiting for network | waiting for usable network | "
              "waiting for network access | currently disconnected | not currently connected | "
              "must be working online | must be online | need to be online | requires you to be online | "
              "you are not connected | "
              "you're not connected | no internet access | no access to the internet | until network is available | "
              "until the network is available | until a network is available | once a connection to the internet is | "
              "once an internet connection is | once a network connection is",
        "cs": "nejste online | offline | odpojeno | režim offline | režimu offline | nepřipojeno | nepřipojen | "
              "čekání na síť | čekání na použitelnou síť | čekání na přístup k síti | musíte pracovat připojeni | "
              "musíte být online | musíte být připojeni | musíte být připojen | nejste připojeni | nejste připojen | "
              "nemáte přístup k internetu | nemá přístup k internetu | bez přístupu k internetu | nemá připojení | "
              "než bude k dispozici síť | dokud nebude k dispozici síť | jakmile bude k dispozici připojení | "
              "nemáte připojení | nemáte funkční připojení",
        "ru": "нет сети | без доступа к интернету | без доступа к сети | офлайн | оффлайн | автономный режим | "
              "автономном режиме | ожидание сети | ожидание доступа к сети | не в сети | необходимо работать в сети | "
              "нужно быть в сети | работаете автономно | работать автономно | автономная работа | вы не подключены | "
              "нет доступа к интернету | нет доступа в интернет | без доступа в интернет | "
              "не имеет доступа в интернет | "
              "не имеет доступа к интернету | вне сети | разъединено | разъединён | разъединен | до появления сети | "
              "как только появится соединение | как только появится подключение",
        # as written: a folder „не подключена“ is one not mounted, «отключены» alone also "turned off"; "is not
        # connected", „není spojen“ and „není připojen“ as a socket's or a server's state (their stems are those of
        # "connected" and „spojení“, which a success and a connection's name share)
        "*": "не подключено | не подключен | не подключён | вы были отключены | вы отключены | вы отсоединены | "
             "вы были отсоединены | ожидание сети | "
             "is not connected | není spojen | není připojen | не подсоединена | не подсоединён | не подсоединен | "
             "disconnected",  # (as written: "disconnect" is also an action the reader takes)
    },
    "download": {  # messages fetched from the server
        "en": "download | downloading | fetch | fetching | retrieve | retrieving | sync | synchronize | "
              "synchronization",
        "cs": "stahování | stáhnout | stahovat | stažení | stahuji | stahuje | stahují | synchronizace | "
              "synchronizaci | synchronizovat",
        "ru": "загрузка | загрузки | загрузить | получение | получения | получить | скачать | скачивание | "
              "синхронизация | синхронизации | синхронизировать",
    },
    "size": {  # how large a message is
        "en": "size",
        "cs": "velikost | velikosti",
        "ru": "размер | размера",
    },
    "open": {  # opening a connection to a server
        "en": "open | opening",
        "cs": "otevřít | otevření | otevírání | otevírá",
        "ru": "открыть | открытие",
    },
    "correct": {  # advice to use the right value ("the correct port")
        "en": "correct",
        "cs": "správný | správné | správnou",
        "ru": "правильный | правильное | правильную",
    },
    "close-connection": {  # a program closing its own connection at the end (failing to is no error of the mailbox),
        # or the step it is taking ("Closing connection to …...")
        "*": "close connection | close the connection | close mail connection | uzavřít spojení | zavřít spojení | "
             "закрыть соединение | разорвать соединение | closing connection to | closing the connection to | "
             "uzavírání spojení s | zavírání spojení s | закрытие соединения с | 221 closing connection | "
             # as written: the action offered, not "disconnected from"; and a server's routine goodbye to a client
             # left idle (Dovecot's "Disconnected for inactivity"): the program connects again
             "disconnect from | odpojit od | отключиться от | disconnected for inactivity | "
             "disconnected due to inactivity",
    },
    "algorithm": {  # a certificate's signature algorithm ("considered insecure")
        "en": "algorithm",
        "cs": "algoritmus | algoritmu",
        "ru": "алгоритм | алгоритма",
    },
    "protocol": {  # a protocol, as a setting names it ("check the protocol: SSL/TLS or STARTTLS")
        "en": "protocol",
        "cs": "protokol | protokolu",
        "ru": "протокол | протокола",
    },
    "attempt": {  # something tried (TLS attempted but failed)
        "en": "attempt | attempted",
        "cs": "pokus | pokusu | pokusil | pokusila | zkusil | zkusila",
        "ru": "попытка | попытки | попытку | попыток | пытался | пыталась",
        # as written: the stem of "try" is theirs, and "please try again" is advice, not an attempt
        "*": "tried | tries | trying",
    },
    "data": {  # what a program writes to the server or reads from it
        "en": "data",
        "cs": "data | dat | údaje",
        "ru": "данные | данных",
    },
    "no-connection": {  # a connection that is not there, said as a noun (not "connected, but no …")
        "*": "no connection | není spojení | není připojení | žádné spojení | žádné připojení | bez připojení | "
             "bez spojení | "
             "нет соединения | нет подключения | отсутствует соединение | без подключения | нет связи | "
             "связь отсутствует | отсутствует связь | подключение отсутствует | соединение отсутствует | "
             "отсутствует подключение | нету соединения | нету подключения | нету связи",  # (colloquial «нету»)
        # none active, none available: said of a connection manager's or a pool's
        "en": "no wireless connection | no wifi connection | "
              "no active connection | no active connections | no connections available | no connection available | "
              "no connectivity | no internet connectivity",
        "cs": "nemáte připojení | žádné bezdrátové připojení | "
              "žádné internetové připojení | žádné aktivní spojení | žádné aktivní připojení",
        "ru": "нет беспроводной связи | нет беспроводного соединения | "
              "нет интернета | нет интернет-соединения | отсутствует интернет-соединение | нет активных соединений | "
              "нет активных подключений | нет активного соединения | нет активного подключения | "
              "подключение не обнаружено | соединение не обнаружено",
    },
    "syntax": {  # how an address is written (its syntax), not whether its mailbox exists
        "en": "syntax | malformed",
        "cs": "syntaxe | syntaxi",
        "ru": "синтаксис | синтаксиса",
    },
    "imap-folder-code": {  # IMAP's reply codes for a folder that is not there
        "*": "nonexistent | trycreate",
    },
    "delivery-reply": {  # a receiving server's reply quoted in a bounce
        "en": "end of data | data command",
    },
    "delivering": {
        "en": "deliver | delivering | delivery",
        # Czech as written: the stem of „doručení“ is that of „Doručená pošta“ (the Inbox)
        "*": "doručování | doručení | doručit | doručovat | doručování zpráv",
        "ru": "доставка | доставки | доставить | доставлено | доставке",
    },
    "via": {  # sending through a server (the outgoing one), not a reply from the recipient's
        "en": "via | through",
        "cs": "přes | prostřednictvím",
        "ru": "через",
    },
    "content": {  # what a message holds (its content refused: a spam filter's verdict)
        "en": "content | contents",
        "cs": "obsah | obsahu | obsahem",
        "ru": "содержимое | содержимого | содержание | содержания",
    },
    "spam": {
        "en": "spam | junk | unsolicited | spammer | antispam | anti-spam",
        "cs": "spamer | spameři | spamerů | spam | spamu | spamová | nevyžádaná | nevyžádaný | "
              "antispam | antispamový | antispamového | antispamovým",
        "ru": "спамер | спамеров | спам | спама | нежелательный | нежелательное | спамерский | спамерское | "
              "спамерского | антиспам | антиспамом | антиспама",
        "*": "notspam | spamassassin",  # a spam filter's name, read whole as camel case's names are
    },
    "undelivered": {  # a message that did not reach its recipient
        "en": "not delivered | undeliverable | undelivered | could not be delivered",
        "cs": "nebyla doručena | nelze doručit | nebylo doručeno | nebyl doručen | nebyly doručeny | "
              "nemohla být doručena | nemohlo být doručeno | nemohl být doručen",
        "ru": "не доставлено | не доставлена | не может быть доставлено | недоставлено | не было доставлено | "
              "не дошло до | не дошли до",
        # Czech single words as written: „nedoručených zpráv“ (bounces to process) is no failure of sending
        "*": "nedoručena | nedoručeno | nedoručitelná",
    },
    "policy": {
        "en": "policy | reputation | blacklist | blocklist | blacklisted",
        "cs": "zásady | zásad | politika | černá listina",
        "ru": "политика | политики | чёрный список | черный список",
        "*": "dmarc | spf | dkim | domainkeys",
    },
    "dynamic": {
        "en": "dynamic | residential | dial-up | dialup",
        "cs": "dynamická | dynamické | dynamický | dynamicke",
        "ru": "динамический | динамического | динамическая | динамических",
    },
    "ip": {
        "*": "ip | ips | ipv4 | ipv6",
    },
    "ptr": {
        "en": "reverse dns | reverse lookup | reverse hostname | reverse host name",
        "cs": "reverzní",
        "ru": "обратная зона | обратной зоны",
        "*": "ptr | rdns",
    },
    # --- POP3 -----------------------------------------------------------------------------------
    "maildrop": {
        "*": "maildrop",
    },
    "message": {
        "en": "message | messages",
        "cs": "zpráva | zprávy | zpráv | zprav",
        "ru": "сообщение | сообщений | сообщения | письмо | писем | письма",
    },
    "no-such-message": {
        "en": "no such message",
        "cs": "žádná taková zpráva | zadna takova zprava",
        "ru": "нет такого сообщения",
    },
    "pop3": {
        "*": "pop3 | pop",
    },
    "folder": {
        "en": "folder | folders | subfolder | subfolders | directory",
        "cs": "složka | složky | složek | složku | slozka | slozky",
        "ru": "папка | папки | папок | папку | каталог | каталога | каталоге",
    },
    "inbox": {
        "en": "inbox",
        "cs": "doručená pošta | doručené",
        "ru": "входящие | входящих",
    },
    "hidden": {
        "en": "hidden | not shown | not visible | missing | only | not displayed | don't see | cannot see | can't see",
        "cs": "skryté | skryty | nezobrazují | nezobrazuje | nevidím | jen | pouze",
        "ru": "скрыты | скрыта | не отображаются | не отображается | не видно | отсутствуют | только",
        "*": "chybí",  # as written, as in "lacks"
    },
    "test-mail": {  # an e-mail a program sends to test its settings
        "en": "test email | test e-mail | test mail | email test | mail test | smtp test | testing the smtp server",
        "cs": "testovací e-mail | testovacího e-mailu | testovací email | testovacího emailu | testovací mail | "
              "zkušební e-mail | zkušebního e-mailu | test e-mailu | test pošty",
        "ru": "тестовое письмо | тестового письма | тест почты | пробное письмо | пробного письма | проверки smtp | "
              "тестировании smtp",
    },
    "login-email": {  # the e-mail address a site signs its users in with ("the e-mail and password do not match")
        "en": "email | mail",
        "cs": "email | mail",
        "ru": "email | почта | почты",
    },
    "certificate-load": {  # a certificate loaded from a file: the reader's own (as phrases: "loading the page: certificate
        # not trusted" is the server's; "processed" or "parsed" may be the server's too)
        "en": "load certificate | load the certificate | loading certificate | loading the certificate | "
              "certificate load | installing the certificate | installing certificate | certificate installation",
        "cs": "načíst certifikát | načítání certifikátu | načtení certifikátu | certifikát se nepodařilo načíst | "
              "instalaci certifikátu | instalace certifikátu",
        "ru": "загрузки сертификата | загрузить сертификат | установке сертификата | установки сертификата",
    },
    "connection-option": {  # a setting that allows connections without security: an option, not a failure
        "en": "allow insecure connections | allow insecure connection | accept insecure connection | "
              "accept insecure connections | allow non-secure connections | allow unsecured connections | "
              "allow unencrypted connections",
        "cs": "povolit nezabezpečené připojení | povolit nezabezpečená připojení | přijmout nezabezpečené připojení | "
              "povolit nešifrované připojení",
        "ru": "разрешить небезопасные подключения | разрешить небезопасное подключение | разрешить небезопасные "
              "соединения | принять небезопасное соединение | разрешить незащищённые соединения",
    },
    "certificate-option": {  # a setting that accepts every certificate or invalid ones: an option, not a failure
        "en": "accept all certificates | accept all ssl certificates | accept invalid certificates | "
              "allow invalid certificates | only allow trusted certificates | allow self-signed certificates | "
              "allow self signed certificates | accept self-signed certificates | allow untrusted certificates | "
              "accept untrusted certificates | trust all certificates | trust invalid certificates | "
              "trust invalid authority certificates | ignore ssl errors | ignore tls errors | "
              "ignore certificate errors | ignore ssl certificate errors | do not verify certificate | "
              "don't verify certificate | "
              "reject unauthorized certificates | reject unauthorised certificates | "
              "bypassing certificate validation | "
              "certificate is always accepted",
        "cs": "přijmout všechny certifikáty | přijmout všechny ssl certifikáty | přijímat všechny certifikáty | "
              "přijmout neplatné certifikáty | povolit neplatné certifikáty | povolit self-signed certifikáty | "
              "povolit certifikáty podepsané sebou samými | povolit nedůvěryhodné certifikáty | "
              "přijímat nedůvěryhodné certifikáty | důvěřovat všem certifikátům | důvěřovat neplatným certifikátům | "
              "ignorovat chyby ssl | ignorovat chyby certifikátu | neověřovat certifikát | "
              "odmítnout neautorizované certifikáty | odmítat neautorizované certifikáty",
        "ru": "принимать все сертификаты | принять все сертификаты | принимать недействительные сертификаты | "
              "разрешить недействительные сертификаты | разрешить самоподписанные сертификаты | "
              "принимать самоподписанные сертификаты | разрешить недоверенные сертификаты | "
              "доверять всем сертификатам | доверять недействительным сертификатам | игнорировать ошибки ssl | "
              "игнорировать ошибки сертификата | не проверять сертификат | отклонять неавторизованные сертификаты | "
              "отклонение неавторизованных сертификатов",
    },
    "own-certificate": {  # the reader's own certificate or key (a client's, a signature's): not the server's
        "en": "client certificate | personal certificate | local certificate | private key | "
              "certificate and the given key | certificate and key",
        "cs": "klientský certifikát | klientského certifikátu | osobní certifikát | osobního certifikátu | "
              "místní certifikát | místního certifikátu | místní osvědčení | soukromý klíč | soukromého klíče | "
              "certifikát klienta | certifikátu klienta",
        "ru": "клиентский сертификат | клиентского сертификата | личный сертификат | личного сертификата | "
              "локальный сертификат | локального сертификата | закрытый ключ | закрытого ключа | сертификат клиента | "
              "сертификата клиента | сертификату клиента",
        "*": "signing certificate",  # as written: its stem is that of "signed certificate" (a self-signed one)
    },
    "message-auth": {  # a message's own authentication (its signature, its MAC), as phrases: "sending the message
        # failed: authentication failed" is a sign-in's
        "en": "message authentication | authentication of the message",
        "cs": "autentizace zprávy | ověření podpisu zprávy",
        "ru": "аутентификация сообщения | проверка подлинности сообщения",
    },
    "server-version": {  # a server program's version, or the app's (too old for the other): not the protocol's
        "en": "server version | version of the server | client version | app version | version of the app",
        "cs": "verze serveru | verze klienta | verze aplikace",
        "ru": "версия сервера | версию сервера | версия клиента | версия приложения",
    },
    "unit": {  # a setting's unit ("timeout in seconds"): a label, not a failure
        "en": "in seconds | in milliseconds | in minutes",
        # as written: the stem of «секундах» is that of «секунд» ("after 30 seconds")
        "*": "sekundách | milisekundách | minutách | секундах | миллисекундах | минутах",
    },
    "archive": {  # a file or an archive the reader opens with a password of its own (a zip, a PDF)
        # a file said to be damaged beside a wrong password: the password is the file's ("Incorrect password or
        # corrupt file"); a mail server's refusal never says so
        "en": "archive | extract | unpack | pdf | pdfs | corrupt file | corrupted file | damaged file",
        "cs": "archiv | archivu | rozbalit | rozbalení | poškozený soubor | poškozeného souboru | soubor je poškozen",
        "ru": "архив | архива | извлечь | распаковать | повреждённый файл | поврежденный файл | файл повреждён | "
              "файл поврежден",
        "*": "zip",
    },
    "unblocked": {  # not blocked (a check that passed), or unblocked
        "en": "not blocked | isn't blocked | is not blocked | unblocked",
        "cs": "není blokován | není blokováno | není blokována | neblokováno | neblokován | odblokován | odblokováno",
        "ru": "не заблокирован | не заблокировано | не блокируется | разблокирован | разблокировано",
    },
    "unusual": {  # a port that is not the usual one for a protocol (a form's hint)
        "en": "unusual | uncommon | not a common | not common | nonstandard | non-standard",
        "cs": "neobvyklý | neobvyklým | neběžný | neběžným | není běžným | není běžný | nestandardní | nestandardním",
        "ru": "необычный | необычным | нестандартный | нестандартным",
    },
    "filter": {  # a filter that blocks a message (a recipient's, a provider's): its content, as spam is
        "en": "filter | filters | filtering",
        "cs": "filtr | filtry | filtrem | filtrů | filtrování",
        "ru": "фильтр | фильтры | фильтрами | фильтра | фильтром | фильтрации",
    },
    "license": {  # a program's licence (a key, a subscription to the program): the program's own business
        "en": "license | licence | license key | licence key | licensing",
        "cs": "licence | licenci | licencí | licenční klíč | licenční server | licenčnímu serveru | licenčního serveru",
        "ru": "лицензия | лицензии | лицензию | лицензионный ключ | лицензированных | лицензированные | "
              "лицензированного",
    },
    "markup": {  # a message's HTML or template with errors: the message's own content, not its sending
        "en": "template | templates",
        "cs": "šablona | šablony | šabloně | šablonu",
        "ru": "шаблон | шаблона | шаблоне | шаблоны",
        "*": "html",
    },
    # --- Mail.ru's own replies and technical identifiers: strong evidence -------------------
    "mailru-app-reply": {
        "*": "neobhodim parol prilozheniya | application password is required | aplication password is required | "
             "security protection external",
    },
    "mailru-wrong-password": {
        "*": "incorrect authentication data | authenticationfailed | authfail",  # (fetchmail's status AUTHFAIL)
    },
    "mailru-spam-reply": {
        "*": "spam message rejected | notspam",
    },
    "auth-code": {  # a server's reply to a sign-in: SMTP's 535 and 5.7.8, POP3's -ERR [AUTH] (RFC 3206)
        "*": "535 | 5.7.8 | err auth",
    },
    "signin-required-code": {  # SMTP's 530, the reply that says signing in is required (or another access refused)
        "*": "530",
    },
    "no-account": {  # no account set up in the program (to send from): its own settings
        "en": "no account is available | no accounts are available | no account available | no account configured",
        "cs": "není dostupný žádný účet | žádný účet není dostupný | není nastaven žádný účet",
        "ru": "нет доступной учётной записи | нет доступной учетной записи | не настроена ни одна учётная запись",
    },
    "quota-code": {  # IMAP's response code for a mailbox over its quota (RFC 5530)
        "*": "overquota",
    },
    "ssl-context": {  # a TLS library's context (its settings) that could not be made
        "*": "ssl context | ssl contextu | kontextu ssl | контекста ssl | контекст ssl",
    },
    "full-code": {
        "*": "5.2.2 | 4.2.2",
    },
    "no-user-code": {
        "*": "5.1.1",
    },
    "status-code": {  # a delivery's status code named as such
        "en": "status code | smtp status | delivery status | dsn",
        "cs": "stavový kód | stavového kódu | kód stavu",
        "ru": "код состояния | кода состояния | код статуса | кода статуса",
    },
    "reply-code": {  # an SMTP server's reply to a message or a recipient
        "*": "450 | 451 | 452 | 550 | 551 | 552 | 553 | 554",
    },
    "sec-identifier": {  # what OpenSSL, NSS, Java and .NET say when TLS meets a plain-text server
        "*": "bad record mac | logindisabled | wrong version number | record layer failure | "
             "packet length too long | unknown protocol | "
             # OpenSSL's "SSL routines::http request" and nginx's "plain HTTP request" (not any HTTP request: one can
             # time out as any other)
             "unsupported or unrecognized ssl message | record too long | routines http request | plain http request | "
             "unexpected eof while reading | eof occurred in violation of protocol | alert protocol version | "
             "wrong ssl version | "
             "version too low | no protocols available | alert insufficient security | "
             "unsafe legacy renegotiation disabled | inappropriate fallback | ssl connection has been closed | "
             "tls connection has been closed | privacyrequired | starttls first | "
             # GnuTLS's Czech for "bad record MAC" and "inappropriate fallback"
             "chybný mac zprávy | nevhodná náhrada | nevhodnou náhradou | "
             # .NET's SslStream reading what is not TLS, Ruby's OpenSSL cut off in the handshake
             "corrupted frame was received | cannot determine the frame size | ssl_connect syscall",
    },
    "not-connected": {  # a state said on its own: not connected (to the server, the network)
        "en": "not connected | is not connected | isn't connected",
        "cs": "není připojeno | není připojen | není připojena | nepřipojeno | nepřipojen | nespojeno",
        "ru": "не подключено | не подключен | не подключена | не подключены | не соединено",
        # as written: "disconnect" is an action offered, «отсоединился» someone else who left; «отключено» (a status:
        # disconnected, or off) only when nothing else is said (a guess)
        "*": "disconnected | отсоединено | отсоединён | отсоединен | отсоединена | отключено",
    },
    "openssl-word": {  # the TLS library by name (also a word of "tls"): with its extension or executable missing, the
        # program's own installation
        "*": "openssl",
    },
    "php": {  # PHP, the language a webmail or a site runs on: its extension, version or installation is the site's
        "*": "php | php.ini",
    },
    "extension-word": {  # a program's extension or executable file (a PHP extension, openssl's executable)
        "en": "extension | extensions | executable",
        "cs": "rozšíření | spustitelný soubor",
        "ru": "расширение | расширения | расширением | исполняемый файл",
    },
    "vault": {  # a password manager's vault (its own password, its own sign-in): not the mailbox
        "en": "vault | vaults",
        "cs": "trezor | trezoru | trezorem | trezory",
    },
    "greylist": {  # a receiving server deferring a sender it does not know yet (an anti-spam measure): try later
        "en": "greylisted | greylisting | greylist | grey-listed | graylisted | graylisting | graylist",
        "cs": "šedá listina | šedé listiny | šedý seznam | šedého seznamu",
        "ru": "серый список | серого списка | серый лист | грейлистинг | грейлистинга",
    },
    "spam-score": {  # the score a spam filter gave a message
        "en": "spam score | spamscore | spam points",
        "cs": "spamové skóre | skóre spamu | spam skóre",
        "ru": "спам-рейтинг | рейтинг спама | оценка спама | спам-оценка",
    },
    "quarantine": {  # a message kept apart by a filter
        "en": "quarantined | quarantine",
        "cs": "karanténa | karantény | karanténě | karanténu",
        "ru": "карантин | карантина | карантине",
    },
    "option-hint": {  # a setting's hint (when to turn it on, to use it with care): it describes, nothing went wrong
        "en": "turn this option on | turn this option off | turn this on | turn this off | only set this | "
              "set this to true | only enable this | enable only if | enable this only | if checked | if unchecked | "
              "know what you are doing | use with caution | disable with caution | check this if | tick this if | "
              "turn this option on when | turn this on when | for self-signed certificates | "
              "for self-signed certificate only | enable this to | keep this option disabled | when debugging | "
              "set this to | if the server requires authentication | if the smtp server requires authentication | "
              "enable this option only if | enable this option only when | use this option only if | "
              "if your server requires authentication | "
              "for development environments",
        "cs": "tuto možnost zapněte | zapněte tuto možnost | tuto možnost vypněte | vypněte tuto možnost | "
              "povolte pouze | povolte jen | pokud je zaškrtnuto | pokud není zaškrtnuto | víte co děláte | "
              "vypínejte opatrně | vypněte pokud | zapněte pokud | zrušte tuto volbu | zaškrtněte pokud | "
              "pro certifikáty podepsané sebou | zapněte, chcete-li | ponechte tuto možnost vypnutou | "
              "pokud server vyžaduje ověření | pokud server vyžaduje přihlášení | povolte tuto možnost pouze | "
              "zapněte tuto možnost pouze | pro vývojová prostředí",
        "ru": "включите эту настройку | включите эту опцию | отключите эту настройку | отключите эту опцию | "
              "установите это значение | если флажок снят | если флажок установлен | отключайте с осторожностью | "
              "знаете что делаете | отключите при | отключите если | включите если | включите при | отметьте если | "
              "для самоподписанных сертификатов | включите, чтобы | оставьте эту опцию отключённой | "
              "если сервер требует аутентификации | если сервер требует авторизации | включите этот параметр только | "
              "включайте этот параметр только | для сред разработки",
    },
    "empty-field": {  # a form's field left empty ("the server cannot be empty"): a setting's check, nothing refused
        "en": "cannot be empty | can not be empty | can't be empty | must not be empty | may not be empty | "
              "cannot be blank | can not be blank | can't be blank | must not be blank | empty password | "
              "must start with | should begin with | does not look like a valid | api key format | please fill in | "
              "must also be set | must be set | to be set | should not be empty | shouldn't be empty",
        "cs": "nesmí být prázdný | nesmí být prázdná | nesmí být prázdné | nemůže být prázdný | nemůže být prázdná | "
              "nemůže být prázdné | nemohou být prázdné | nesmí zůstat prázdné | prázdné heslo | musí být nastaveno | "
              "musí začínat | nevypadá jako platný | vyplňte prosím | prosím vyplňte | "
              "musí být také nastaveno | musí být vyplněno",
        "ru": "не может быть пустым | не может быть пустой | не могут быть пустыми | не должно быть пустым | "
              "не должен быть пустым | не должна быть пустой | поле пустое | пустой пароль | должен быть задан | "
              "должен начинаться с | не похож на действительный | пожалуйста, заполните | заполните поле | "
              "должен быть указан | должно быть задано | должно быть указано",
    },
    "value-limit": {  # a form's bound for a value it was given ("cannot be less than 30 seconds"): a setting's check
        "en": "can't be less than | cannot be less than | can not be less than | must not be less than | "
              "must be at least | must be greater than | can't be greater than | cannot be greater than | "
              "cannot exceed | must be between",
        "cs": "nesmí být menší než | nemůže být menší než | musí být alespoň | musí být nejméně | musí být větší než | "
              "nesmí být větší než | nemůže být větší než | musí být mezi",
        "ru": "не может быть меньше | не может быть больше | должно быть не меньше | должен быть не меньше | "
              "должно быть больше | должен быть больше | должно быть не больше | должно быть от",
    },
    "repeat-password": {  # a form's second field for the new password: not a sign-in
        "en": "repeat the password | repeat password | repeat your password | confirm password | "
              "confirm the password | confirm your password | retype password | retype the password | "
              "retype your password | repeated password | password repeated | match confirmation | "
              "match the confirmation | match its confirmation",
        "cs": "zopakujte heslo | zopakovat heslo | zopakování hesla | potvrďte heslo | potvrzení hesla | "
              "potvrdit heslo | opakované heslo | opakovaného hesla | opakujte heslo | neodpovídá potvrzení | "
              "neshoduje s potvrzením",
        "ru": "повторите пароль | повторить пароль | повтор пароля | подтвердите пароль | подтверждение пароля | "
              "подтвердить пароль | повторный пароль | повторного пароля | пароль повторно | "
              "не соответствует подтверждению | не совпадает с подтверждением",
    },
    "timeout-setting": {  # a time-out as a setting: its value, its unit, its change
        "en": "specified timeout | timeout must be | timeout value | timeout changed | timeout was changed | "
              "set the timeout | set timeout | timeout seconds | timeout in seconds | connection timeout seconds | "
              "connection timeout in seconds | connect timeout seconds",
        "cs": "hodnota časového limitu | časový limit musí být | časový limit byl změněn | nastavte časový limit | "
              "nastavit časový limit | časový limit v sekundách | časový limit sekundy | "
              "časový limit spojení sekundy | "
              "časový limit připojení sekundy | časový limit spojení v sekundách | časový limit připojení v sekundách",
        "ru": "значение таймаута | таймаут изменён | таймаут изменен | таймаут должен быть | установите таймаут | "
              "установить таймаут | таймаут в секундах | таймаут секунды | таймаут подключения секунд | "
              "таймаут соединения секунд | таймаут подключения в секундах | таймаут соединения в секундах",
    },
    "conn-identifier": {  # the system's names of a connection refused, cut, or a host out of reach (POSIX, Winsock)
        "*": "econnrefused | wsaeconnrefused | ehostunreach | wsaehostunreach | enetunreach | wsaenetunreach | "
             "econnreset | wsaeconnreset | econnaborted | wsaeconnaborted | enetdown | wsaenetdown | ehostdown | "
             "wsaehostdown | wsahost not found | wsano data | wsatry again | etimedout | wsaetimedout",
    },
    "cert-identifier": {  # OpenSSL's names of a certificate the client or the server would not accept
        "*": "alert unknown ca | alert bad certificate | alert certificate unknown | unsuitable certificate purpose | "
             "unsupported certificate purpose | certificate key too weak | ca md too weak | ca key too weak | "
             "digest algorithm too weak | hostname verification failed | host name verification failed | "
             # Go's x509: a certificate that names its host only in the legacy Common Name field
             "legacy common name | zastaralé pole common name | устаревшее поле common name",
    },
    # Outlook's (Windows inetcomm, imnxport.h IXP_E_*) and Windows CDO's (CDOSysErr.h CDO_E_*) error numbers
    "outlook-no-host": {"*": "0x800ccc0d"},
    "outlook-no-connection": {"*": "0x800ccc0e | 0x80042109 | 0x800ccc15 | 0x80040213"},
    "outlook-dropped": {"*": "0x800ccc0f | 0x800ccc19 | 0x80040212"},
    "outlook-security": {"*": "0x800ccc1a | 0x800ccc7d | 0x800ccc7f"},
    "outlook-certificate": {"*": "0x800ccc01 | 0x800ccc02"},
    "outlook-login": {"*": "0x800ccc90 | 0x800ccc91 | 0x800ccc92 | 0x800cccd1"},
    "cdo-login": {"*": "0x80040217"},  # CDO_E_LOGON_FAILURE: the transport could not sign in
    "outlook-no-user": {"*": "0x800ccc69"},
    "outlook-full": {"*": "0x800ccc6c | 0x800ccc6d"},
}

# Concepts that say something went wrong (a failure, a refusal, a code). A line that reports progress ("Checking
# certificates…") with none of them is no error, whatever it names (diagnose.py, _progress).
TROUBLE = frozenset({
    "fail", "refused", "wrong", "untrusted", "expired", "lacks", "unsupported", "unexpected", "notfound", "timedout",
    "timeout", "dropped", "unreachable", "full", "disabled", "terminated", "mismatch", "no-recipient", "too-large",
    "too-many", "banned", "inactive", "spam", "undelivered", "resolver-error", "no-connection", "offline",
    "unauthorized", "blocking", "ip-block", "not-sent", "reached", "unverified", "attack", "intercept", "required",
    "negation", *(c for c in CONCEPTS if c.endswith("-code") or c.startswith(("mailru-", "outlook-", "cdo-"))),
    "sec-identifier", "cert-identifier", "delivery-reply",
})

# The verbs a setting's label begins with ("Require TLS", „Vyžadovat SSL“, «Включить SSL»): as written, in the
# infinitive (Czech „povolte“ and Russian «включите» are advice, which still counts). A short line that begins so and
# ends without a full stop is no error when the rest of it names no trouble (diagnose.py, _option), nor the app password
# or trust in a certificate, a label that points at their entry ("Use app password", "Always trust this server").
OPTION_VERBS = {
    "en": "require | use | enable | disable | allow | turn on | turn off | do not verify | don't verify",
    "cs": "vyžadovat | používat | použít | povolit | zakázat | ověřovat | zapnout | vypnout | neověřovat",
    "ru": "требовать | использовать | включить | отключить | выключить | разрешить | запретить | проверять | "
          "не проверять",
}
# the verbs of a label that sets a policy for certificates, in the plural ("Trust self-signed certificates"); with one
# certificate they are a prompt's button ("Trust this certificate", "Accept risk and continue"), which is the entry's
POLICY_VERBS = {
    "en": "accept | trust | reject",
    "cs": "přijímat | přijmout | důvěřovat | odmítat",
    "ru": "принимать | доверять | отклонять",
}
# the verbs of a label that has the program ignore something ("Ignore SSL errors"): the trouble it names is what a
# setting lets pass, whatever it is
IGNORE_VERBS = {
    "en": "ignore",
    "cs": "ignorovat",
    "ru": "игнорировать",
}
LABEL_TOPICS = frozenset({"app", "trust"})

# A rule: the concepts that must all appear within a few words of each other on one line ("a|b" for
# either; "a+b": next to each other), its weight, and optionally a second cause that the same words
# fit (named after the best answer, with a sentence saying why both). An entry scores its strongest
# rule and a point for each other rule that holds elsewhere in the text; a score below 4 never counts:
# a lone topic word is never enough (only a guess holds alone: a failure said with nothing else, such as
# "Sending failed", "Timeout." or "Not connected"). NONE's rules find what is none of the entries: their
# words count for no entry.
RULES: dict[str, tuple[tuple, ...]] = {
    APP: (
        ("mailru-app-reply", 14),
        ("app password", 9),
        # a sign-in refused in a program's own words: the main password where an app password is
        # needed is the likelier cause for a reader setting up a program, a wrong password the other
        ("signin fail", 7, AUTH), ("signin refused", 7, AUTH), ("signin+refused", 8, AUTH), ("signin wrong", 6, AUTH),
        ("password wrong", 7, AUTH), ("password fail", 5, AUTH), ("password refused", 6, AUTH),
        ("check password", 5, AUTH),
        ("check user password", 11, AUTH),  # advice to check the user name and password
        # a connection refused for the credentials it names ("Connection refused: bad user name or password"): the
        # sign-in is the cause, as a certificate named beside a failed connection is
        ("connection refused username|password wrong", 11, AUTH), ("connection+refused unauthorized", 11, AUTH),
        ("pop3-err access+refused", 7, AUTH),  # a POP3 server's "-ERR Access denied"
        ("http-401", 13, AUTH),  # HTTP's 401 (above "HTTP request", OpenSSL's words for TLS meeting a web server)
        ("less-secure", 10, AUTH),  # a provider's "less secure apps": it wants an app password
        # a connection closed for the credentials it names: the sign-in
        ("connection dropped username|password wrong", 11, AUTH),
        ("make password access mail-protocol", 7),  # a password to make for POP3 or IMAP access: an app password
        ("check signin|password correct", 6, AUTH),  # advice to make sure the sign-in details are right
        ("correct user|username password", 7, AUTH),  # advice to give the correct user name and password
        ("user|username|address|login-email password mismatch", 7, AUTH),  # a user name (or e-mail address) and password
        # that did not match
        ("name password mismatch", 7, AUTH),  # "name and password do not match"
        ("mismatch username|user password", 9, AUTH),  # «несовпадение имени пользователя и пароля»: not a host's name
        ("signin password mismatch", 7, AUTH),  # sign-in credentials that match no account
        ("check user fail", 6, AUTH),  # an account that could not be verified
        ("check api-key correct", 6, AUTH),  # advice to check that the API key is correct
        ("token-get fail", 8, AUTH),  # an access token that could not be obtained: the sign-in
        ("oauth-token wrong|trust|expired|refused|fail", 9, AUTH),  # OAuth's token refused, expired or not refreshed
        ("offline|dropped unauthorized", 9, AUTH),  # disconnected as not authorised: the sign-in
        ("auth-required", GUESS, AUTH),  # "authentication required", and nothing else: the sign-in
        ("api-key wrong|refused|expired", 7, AUTH),  # an API key refused, invalid or expired: the sign-in
        ("check api-key fail", 7, AUTH),  # an API key that could not be validated: the same
        ("your-identity fail|negation", 10, AUTH),  # the reader's identity could not be verified
        ("user password fail|wrong", 2, AUTH), ("outlook-login", 6, AUTH), ("cdo-login", 10, AUTH),
        ("login-email password notfound", 11, AUTH),  # "the e-mail or password was not recognised"
        ("user notfound password", 11, AUTH),  # "unknown user or wrong password": signing in, not a recipient
        # an account that does not exist: the one signed in with, not a recipient's (as strong as a user not found,
        # whose entry comes later in the catalogue's order)
        ("account notfound", 10, AUTH),
        ("unauthorized user notfound", 11, AUTH),  # "not authorised: user not found": signing in, not a recipient
        ("server access refused", 6, AUTH),  # the mail server refused access
        ("unauthorized user|signin|password|mailbox", 7, AUTH),  # not authorised by the server
        ("unauthorized", GUESS, AUTH),  # "Unauthorized" and nothing else: a sign-in refused
        ("user+wrong", GUESS, AUTH),  # "Wrong account" and nothing else: the same
        ("change other password", 6, AUTH),  # advice to try another password
        ("username refused", 6, AUTH),  # a user name the server did not accept
        ("username wrong", 6, AUTH),  # a user name that is wrong (or a bad reply to it)
        ("connection given password", 9, AUTH),  # could not connect with the password given: the password
        ("mechanism fail", 6, AUTH),  # a SASL sign-in that failed
        ("signin-expired", 6, AUTH),  # a sign-in that expired: the password to be given again
        ("transport signin fail", 9, AUTH),  # a mail transport (Windows CDO's) that could not sign in
        # an access token invalid, revoked or expired: sign in again (a token alone is a site's own)
        ("access+token wrong|trust|expired|refused|fail", 9, AUTH),
        ("access token expired", 8, AUTH),  # the same, its words apart ("expired or missing access tokens")
        ("attempts-left", 10, AUTH),  # attempts left before the account is locked: the password typed was wrong
        ("sending username fail|negation", 8, AUTH),  # the user name could not be sent: a sign-in refused at its start
        ("password changed server", 8, AUTH),  # a password changed on the server: the one saved no longer works
        # too many failed sign-in attempts, or a sign-in failed several times in a row: the password, not a busy server
        ("too-many attempt signin", 13, AUTH), ("too-many signin fail", 13, AUTH),
        ("signin fail|attempt reached", 12, AUTH),  # failed sign-ins that reached a limit: the same
        ("too-many attempt password", 13, AUTH),  # too many attempts with a wrong password: the same
        ("too-many+failed-attempts", 12, AUTH),  # too many failed attempts: the password typed
        ("no-permission signin", 8, AUTH),  # not allowed to sign in (with a password): the app password first
        # IMAP's (POP3's, SMTP's) access refused or turned off for the mailbox: a switch for mail programs in its
        # settings, or the app password that they need
        ("mail-protocol access disabled|refused", 12, AUTH),
        ("unexpected attempt signin", 7, AUTH),  # "something unexpected happened when trying to sign in"
        ("negation+valid+signin", 8, AUTH),  # a sign-in "not valid"
        ("password-transition", 10, AUTH),  # SMTP's 432: the password must be changed first (RFC 4954)
        ("signin|password|token revoked", 8, AUTH),  # a sign-in (an app password, a token) revoked: make a new one
        # access denied for a wrong user name or password (Russian «доступ запрещён» is also words of a blocked
        # account): the credentials
        ("access refused|disabled username|password wrong", 13, AUTH),
        ("two-factor required|fail|refused", 9),  # two-step verification on the mailbox: an app password is needed
        ("signin via webmail", 9),  # asked to sign in through the web first (a check there): then the app password
        ("webmail+signin required", 9),  # a sign-in on the web required first: the same
        ("password+expired", 8, AUTH),  # a password that expired: to be renewed at Mail.ru, then given again
        ("negation access user", 6, AUTH),  # no access to the account
        ("password mismatch records", 8, AUTH),  # credentials that do not match the site's records
        ("mismatch records", 6, AUTH),  # what was entered did not match the site's records: a sign-in
        # a sign-in method not supported, or a wrong password: Mail.ru supports the usual methods over TLS, so the
        # password is the likelier of the two a program names
        ("mechanism|plain unsupported|unreachable|available password wrong", 11, AUTH),
        ("refused signin password", 11, AUTH),  # a sign-in with the password refused (other methods named after it)
    ),
    AUTH: (
        # a Kerberos sign-in that went wrong: the realm's ticket, not a password (valid credentials are no error)
        ("kerberos ticket|signin fail|wrong|expired|refused|notfound|negation|unreachable|timedout", 11),
        # the server's own reply to a wrong password (Mail.ru answers the main password with mailru-app-reply)
        ("mailru-wrong-password", 12, APP),
        ("required user password server", 7, APP),  # a server that needs a user name and a password: none was sent
        ("server required signin", 7),  # a server that requires signing in: the program does not sign in
        ("port|sending required signin", 7),  # a port, or sending, that requires signing in: the same
        # relaying refused by the reader's own outgoing server, or a message it would not relay: no sign-in was made
        ("relay refused|disabled", 8, APP), ("negation relay message", 8, APP),
        ("required user password", 6, APP),  # a user name and a password needed: the program sends none
        ("negation user password given", 8, APP),  # no user name or password given: none sent
        ("required signin command", 8),  # a server asking for its AUTH command first
        ("signin-required-code required signin", 8, APP),  # SMTP's 530 "authentication required": none was made
        ("auth-code+signin|fail|wrong|password|refused", 8, APP),
        ("auth-code", 2, APP),
    ),
    "sending-disabled": (
        ("sending disabled", 12),
        ("sending negation permitted", 9),  # sending not allowed (for the account), its words apart
        ("sending unreachable user", 8),  # sending not available for the account
        ("sending too-many message|login-email", 8),  # too many messages (mails) sent: a sending limit
        ("rate-limit", 9),  # a sending rate limited or throttled
        ("message-count full|reached|fail|negation", 9),  # a limit on how many messages one sends, exceeded
        ("rate-limit full", 11),  # a rate limit exceeded (for a mailbox: the sender's, not its space)
        ("too-many+login-email", 9),  # "too many e-mails": a sending limit
        ("you-cannot-send", 8),  # the reader told they cannot send (a cause named beside it, a full mailbox, wins)
    ),
    "sender-mismatch": (
        ("sender mismatch", 10),
        ("sender+name+notfound", 10),  # the sender's domain unknown (to the sending service)
        ("sender notfound account", 11),  # a sender unknown for the account: not the account that is unknown
        ("send-as negation|disabled|refused|notfound|fail|permitted|full", 14),  # not allowed to send as another
        ("sender refused|wrong|disabled|fail", 5),
        ("mismatch|belong authenticated-user", 9),  # a sender's address that must match (belong to) the signed-in user
        ("unauthorized sender", 9),  # a sender's address the signed-in user may not use
        ("from-wrong-address", 13),  # mail sent from an address not valid or not allowed: the sender's (above sending
        # not allowed, whose words it holds)
    ),
    "mailbox-full": (
        ("mailbox full", 10),
        ("space full", 9),
        ("mailbox|sending space reached", 9),  # a quota reached: the mailbox's or for sending (a service's own: none)
        ("used-up space", 8),  # most of the (mailbox's) quota used: a mailbox nearly full
        ("full-code+reply-code", 8),
        ("full-code delivering|undelivered|status-code", 8),  # a status code beside a delivery's words
        ("full-code", 3),
        ("quota-code", 10),  # IMAP's [OVERQUOTA]: the mailbox over its quota
        ("outlook-full", 8),
    ),
    "user-not-found": (
        ("user notfound", 10),
        ("rcpt fail|refused|wrong", 8),  # SMTP's RCPT TO refused: the recipient
        ("recipient address|login-email notfound", 10),  # a recipient's address (or its domain) that does not exist
        ("negation valid recipient reply-code", 9),  # no valid recipients (a server's reply)
        ("recipient-code", 12),  # Exchange: the recipient not found (its code reads as a resolver's too)
        ("found-at", 8),  # a recipient not found at a domain
        ("user|recipient|address not-listed", 9),  # not listed in the mail system's directory
        ("tried-to-reach", 10),  # the account the message tried to reach (disabled, inactive, not there)
        ("recipient|tried-to-reach account notfound", 12),  # the recipient's account that does not exist
        ("recipient|address|mailbox notfound", 8),
        ("recipient find fail", 8),  # a recipient that could not be found
        ("mailbox unreachable", 6),
        # a message not delivered to (some) recipients, and nothing else
        ("recipient|address delivering fail", GUESS), ("recipient|address undelivered", GUESS),
        ("sending recipient|address wrong", 5),  # a message not sent for addresses not valid: the recipients'
        ("no-user-code+reply-code", 8),
        ("no-user-code delivering|undelivered|status-code", 8),
        ("no-user-code", 3),
        ("outlook-no-user", 8),
        # a recipient or addresses refused, and nothing else: an unknown address is the likeliest reason (a relaying
        # refused or a policy say so, and then the guess does not count)
        ("recipient refused", GUESS), ("address+refused", GUESS),
        ("recipient wrong", 6),  # an invalid recipient
        ("recipient+fail", 6),  # a recipient error
        ("recipient address fail", 6),  # a recipient's address that failed
        ("address sent wrong", 5),  # the address a message was sent to is not valid
        ("spelling address", 7),  # advice to check how the addresses are spelt
        ("recipient+unreachable", 8),  # recipients unavailable
        ("mailbox name disabled|wrong", 10),  # a mailbox's name not allowed or not valid (SMTP's 553): the address
    ),
    "pop3-maildrop-limit": (
        ("maildrop message", 10),
        ("no-such-message", 8),
        ("maildrop", 2),
    ),
    "pop3-folders-hidden": (
        ("pop3 folder", 8),
        ("pop3 inbox hidden", 8),
    ),
    "dynamic-ip-rejected": (
        ("dynamic ip|address|server", 10),
        ("ptr refused|notfound|fail|find|wrong|dynamic|mismatch", 10),  # (above a DNS error: it is the reverse one)
        ("negation+ptr", 10),  # no reverse DNS (rDNS) for the sender's address
        ("ptr", 2),
    ),
    "spam-rejected": (
        ("mailru-spam-reply", 12),
        ("virus reply-code|refused|delivering", 9),  # a message refused for a virus: a filter's
        ("spam reply-code", 10), ("spam negation+delivering", 10),  # a server's reply that calls the message spam
        ("not-authorized-delivery", 10),  # 5.7.1's own words: delivery not authorised, the message refused
        ("policy signature wrong|fail", 9),  # a DKIM or DomainKeys signature not valid
        ("refused ip address", 8),  # access refused from the sender's IP address
        ("message+refused reply-code", 8),  # a server's reply that refuses the message itself (a policy's)
        ("spam refused|disabled|fail|undelivered", 10),
        ("content+refused", 8),  # a message's content refused: a filter's verdict
        ("message filter disabled|blocking|refused", 9),  # a message blocked by a filter (a recipient's, a provider's)
        ("ip ip-block", 13),  # the sending server's IP address blocked or of bad reputation
        ("ip-block refused|disabled|blocking|server|find|detected", 9),  # a sending server on (found on) a blocklist
        ("ip-block sending|message|reply-code", 9),  # a message or its sender on a blocklist
        ("policy refused|disabled|fail", 10),
        ("delivery-reply disabled|refused", 5),
        ("spam find|detected", 8),  # spam found (detected) in a message: a filter's verdict
        ("greylist", 9),  # a sender deferred by greylisting (against spam): delivery tried again later
        ("spam-score full|reached|refused", 10),  # a message's spam score over the filter's limit
        ("policy quarantine", 9),  # a message quarantined by a policy (DMARC's)
        ("spam ip", 8),  # the sender's IP address listed as a spammer's
        ("spam", 3),
        ("policy", 2),
    ),
    "account-disabled": (
        ("access user disabled", 12),
        ("user|mailbox disabled", 9),
        ("user|mailbox+terminated", 9),  # "user is terminated", not "connection terminated by the user"
        ("user inactive", 9),  # an account not active
        ("profile+inactive", 9),  # a profile not (yet) activated: the same
        ("your-access disabled|restricted", 9),  # the reader's access blocked or restricted (by the provider)
        ("user ended", 8),  # Czech „platnost účtu skončila“: an account whose validity ended
        ("locked-out", GUESS),  # "Locked out" and nothing else: the account
        ("user+blocked", 9),  # an account blocked
        ("profile blocked|disabled", 10),  # a profile blocked or disabled: the account's
        ("auth-code disabled", 9),  # a sign-in refused because the account (or its server) is suspended
        ("banned", 8),  # the reader banned or blocked, said to them
        ("connection refused banned", 12),  # a connection refused because the reader is banned: the ban
        ("user+expired", 8),  # an account that expired (a password that expired is the password's)
        ("signin blocked", 8),  # signing in blocked for the reader ("LOGIN disabled", a command, is the security's)
        ("temporary signin blocked|disabled", 13),  # blocked for a while: a lock on the account, not a server too busy
        # blocked after too many attempts or failed sign-ins: a lock on the account (above the password's rule)
        ("blocked too-many attempt|signin", 14),
        ("blocked|disabled because attempt", 14),  # locked or disabled "due to" failed attempts: the same lock
        ("failed-attempts blocked|disabled", 14),  # locked or disabled after failed attempts
        ("user disabled too-many", 14),  # an account frozen or suspended after too many attempts: the same
        # an account locked for some minutes or hours: a lock after failed sign-ins (the password typed the likelier
        # reason for it, as above)
        ("user disabled lock-period", 15, APP), ("user lock-period disabled", 15, APP),
        ("signin rate-limit", 10),  # sign-in requests rate-limited: a lock on the account for a while, not sending
        # too many sign-in attempts, and to try again later: a lock on the account for a while (the password typed the
        # likelier reason for it, after which the app password is the way)
        ("too-many signin|failed-attempts later|lock-period", 14, APP),
        ("too-many attempt later|lock-period", 9, APP),  # too many attempts, to be tried again later: a lock
    ),
    CERT: (
        # (a certificate and a check alone are a setting's label, "Verify server certificate", since the seventeenth
        # session: the read sets held 32 such labels; the reader asked to check it, or a check tried, is a prompt)
        ("certificate fail|wrong|trust|expired|notfound|refused|mismatch", 10),
        ("certificate error-noun policy", 11),  # .NET's "…CertificateChainErrors policy errors": not a mail policy
        ("certificate advise-check", 10),  # the reader asked to check (review) a certificate: a prompt to accept it
        ("attempt check certificate", 9),  # a certificate's check tried (and what came up)
        ("negation certificate check", 10),  # no certificate could be verified
        ("identity server|certificate check|wrong|trust", 10),
        ("security tls connection refused", 10),  # the security of a TLS connection refused: its certificate
        ("certificate accept", 8),
        ("accept-risk", 8),
        ("insecure-site", 9),  # a browser's warning that the site may not be secure
        # to connect anyway (in spite of what the server showed): a certificate prompt; the verb, not "the connection
        # failed anyway"
        ("connect-verb anyway", 8),
        ("certificate+warning|alert", 8),  # a certificate's warning or alert (a dialog's title)
        ("certificate+unauthorized", 9),  # a certificate (its issuer) not authorised: the certificate, not a sign-in
        ("certificate+temporary", 13),  # a certificate refused "for now" is still the certificate
        ("potential security", 9),  # a warning of a possible security problem: who the server is could not be verified
        ("certificate lacks name|server", 9),  # a certificate without the server's name
        ("server-verification fail|wrong", 9),  # the server's verification (who it is) failed
        ("issuer+untrusted", 8),  # an issuer not trusted: the certificate's
        ("broken+certificate", 10),  # a "broken" certificate (the word alone is a connection's, or a chain's)
        ("certificate+not-provided", 9),  # a certificate not provided (by the server: the reader's own is its own)
        ("identity check fail|negation", 9),  # an authenticity that could not be verified
        ("identity not-established", 9),  # a server's authenticity that cannot be established (SSH's words)
        ("check tls-server fail|negation", 9),  # a TLS server that could not be verified
        ("tls+check fail", 9),  # a TLS verification that failed
        ("unverified connection|server|certificate|identity", 9),  # a connection not verified
        ("identity mismatch|trust|expired", 9),  # an identification that belongs to another site, is not trusted or old
        ("identity unverified", 9),  # an authenticity "not confirmed" (Russian «подлинность не подтверждена»)
        ("certificate negation valid", 10),
        ("certificate ended", 10),  # a certificate whose validity ended
        ("certificate unexpected", 10),  # a certificate other than expected (an unexpected fingerprint)
        ("certificate hostname other|unexpected", 10),  # a certificate whose host name differs from the one expected
        ("hostname unexpected", 11),  # a host name not expected (the certificate's, far from its word: not the TLS)
        ("check clock", 9),  # advice to check the computer's clock: a certificate's dates
        ("principal-name wrong|mismatch", 10),  # Windows: the target principal name is incorrect
        ("negation present certificate", 9),  # a server that did not present a certificate
        ("negation certificate server", 8),  # no certificate from the server (or its peer)
        ("unsupported+certificate", 9),  # Czech „nemá certifikát“: a server without a certificate
        ("trust notfound|fail|wrong|refused", 8),
        ("trust certificate", 4),
        ("trust+server", 8),  # to trust a server (or not): a certificate prompt's choice
        ("peer-identity fail|negation", 9, SEC),  # the server's identity could not be proved: its certificate
        ("signature+algorithm unsupported|disabled|wrong|dropped", 8, SEC),  # a certificate signed in a way refused
        # the same with its words apart (Czech and Russian put the verb at the end)
        ("certificate signature algorithm unsupported|disabled", 9, SEC),
        ("trust expired", 8),  # a root certificate or a CA bundle that is too old
        ("name mismatch certificate|server", 8),
        ("name+mismatch", 8),  # OpenSSL's "hostname mismatch": the certificate's name
        ("untrusted server|certificate|connection|security", 9),
        ("intercept", 6),
        ("attack steal", 8),  # attackers who may steal what the reader sends: a warning about who the server is
        ("information steal", 8),  # a browser protecting the reader's information from theft: who the server is
        ("connection negation private", 9),  # a connection that is not private: the server's certificate
        ("your-connection negation security", 9),  # "your connection is not secure": a browser's page about it
        ("check fingerprint server|correct", 9),  # advice to check the server's fingerprint: a key or certificate
        ("fingerprint mismatch|wrong|unexpected", 11),  # a certificate's or a host key's fingerprint not the one known
        ("outlook-certificate", 10), ("cert-identifier", 12),
        ("certificate ip-block", 12),  # a certificate on a blocklist (of distrusted ones), not the sender's IP
        ("pinned mismatch|fail|wrong", 10),  # a key pinned in advance that the server's does not match
        ("server present certificate", 8),  # the certificate a server presents, shown to the reader: a prompt
        ("certificate future-date", 9),  # a certificate valid only from a date to come
        ("identity future-date", 9),  # an identification valid only in the future: the computer's date, or the certificate
        ("host-key", 9),  # an SSH server's key not known or changed: what a certificate is to TLS
        ("identity changed", 9),  # a host's identification that changed since the last connection
        # a server's certificate that changed since the last connection (its words next to each other, or on one line)
        ("certificate+changed", 11), ("certificate changed", 9),
        ("certificate algorithm plain|negation|unsupported|wrong", 9),  # a certificate's algorithm not secure (enough)
        ("certificate", 3),
    ),
    SEC: (
        ("alert version", 8),  # a TLS alert about the protocol's version: no version both sides speak
        ("lacks+security", 9),  # refused for lack of security: TLS first
        ("mechanism+wrong", 9, AUTH),  # a sign-in method that is not valid: the method set
        ("negotiate mechanism", 9, AUTH),  # no sign-in method both sides agree on
        ("ssl-context fail", 8),  # a TLS context that could not be made: the program's TLS, before any server
        ("negation negotiate security connection", 7),  # a secure connection that could not be established
        ("sec-identifier", 12),
        ("tls unsupported", 10),
        ("security|tls channel fail", 8),  # a secure (SSL/TLS) channel that could not be made: .NET's words
        ("server lacks tls", 10),  # a server said to lack STARTTLS (a capability missing)
        ("tls unexpected", 10),
        ("tls dropped", 9),
        ("tls negotiate fail", 7),
        ("tls+negotiate+fail", 8),  # TLS negotiation failed: said of TLS itself
        ("security|tls port wrong|mismatch|unsupported", 8),
        ("port wrong", 6),  # a port that is not right: for this server, the security setting's
        ("port unusual", 8, CONN),  # a port that is not the usual one: the security setting's, or a blocked one
        ("security|tls connection fail", 8),
        ("tls+unreachable", 9),  # TLS not available
        ("security+connection unreachable", 9),  # a secure connection not available (not the connection)
        # a plaintext sign-in or password not allowed: named, it outweighs an outgoing server that "does not allow"
        ("plain signin|password disabled|required|unsupported|refused", 13),
        ("plain+connection", 8),
        ("plain server disabled", 9),  # plaintext IMAP or POP3 turned off by the server's administrator
        ("tls required", 8),
        ("https", 8),  # a page that requires HTTPS: a secure connection
        ("switch-on tls", 8),  # advice to turn the SSL switch on
        ("change tls|security", 8),
        ("change+tls", 10),  # advice to try another mode ("try SSL") names the cause
        ("security|tls connection|signin required", 9),
        ("security unsupported", 9),
        ("negation+security supported", 7),  # no security supported by the server
        ("full+security", 8),  # security not sufficient (a TLS version or an algorithm the other side will not take)
        ("tls alert", 8),  # a TLS alert received: the handshake ended (for the security mode, or the certificate)
        ("protocol+version fail|wrong|unsupported|unexpected", 8),  # the protocol's version refused
        ("server unsupported plain", 8, AUTH),  # a server without the plain sign-in (SASL PLAIN) the program wants
        ("server unsupported signin", 8),
        ("greeting server fail|wrong|unexpected|timedout|notfound", 8),
        ("wrong|unexpected greeting", 8),  # a server's first line not as expected: another protocol's port
        ("greeting negation received", 8, CONN),  # the server's first line not received (a banner)
        ("read greeting fail", 7, CONN),  # the server's first line could not be read
        ("negation|unsupported common-algorithm", 9),  # no cipher or version both sides share
        ("common-algorithm fail", 9),  # what both sides support, not found
        ("mechanism weak", 9, AUTH),  # a sign-in method too weak for the other side
        ("signin weak", 8, AUTH),  # a sign-in too weak (a stronger one required)
        ("mechanism refused", 9),  # a sign-in method the server refused
        # a sign-in method not supported, not found or not recognised: named, it is the cause
        ("mechanism unsupported|notfound|unexpected", 10),
        ("mechanism negation supported", 9),
        ("negation present mechanism", 9),  # a server that did not announce its sign-in methods
        ("mechanism fail find|supported", 10),  # no sign-in method found, or none supported that could be used
        ("mechanism negation find|available", 10), ("mechanism unreachable", 10),  # no suitable sign-in method found or available
        ("supported signin|password plain", 9, AUTH),  # a server that signs in only with the password in clear
        # a sign-in command (USER, LOGIN, SMTP's AUTH) the server does not support or has turned off
        ("auth-command unsupported|disabled|unreachable", 10, AUTH), ("auth-command negation supported", 10, AUTH),
        ("protocol tls disabled", 8),  # the TLS versions the program may use all turned off
        ("other-service", 8, CONN),  # a server that is not the protocol's ("not an IMAP server"): the port (or the
        # server's name) of another service
        ("no-encryption", 8),  # a server that uses no encryption: the security mode
        ("downgrade attack|protocol|tls", 8),  # a protocol version pushed down: what an old-only server looks like too
        ("unsupported+protocol", 8),  # a protocol (version) one side does not support
        ("tls notfound", 7),  # SSL/TLS not found on the port (where STARTTLS is)
        ("server wrong|unexpected data received", 8, CONN),  # bad data from the server: a security mode that differs
        ("tls negotiate unexpected|wrong|unsupported|fail", 7),  # a TLS handshake gone wrong, or that could not start
        ("tls disabled", 7),  # an SSL or TLS version turned off (on this side or the server's)
        ("tls wrong|unexpected", 6),  # something of TLS that is wrong or not as expected (a record, a message)
        ("tls already", 8),  # TLS already on: STARTTLS on an SSL/TLS port
        ("signin disabled server", 8),  # signing in disabled by the server (IMAP's LOGINDISABLED) until TLS
        ("check port signin|security|tls", 8),
        ("check protocol tls", 8),  # advice to check the security protocol (SSL/TLS or STARTTLS)
        ("tls attempt fail", 8),  # STARTTLS attempted, and it failed
        ("tls command fail", 8),  # the STARTTLS command that failed
        ("reply wrong|unexpected tls", 8),  # a bad reply to STARTTLS
        ("reply wrong|unexpected mechanism", 8),  # a bad reply to a sign-in method
        ("reply wrong connection", 7, CONN),  # a bad reply after connecting
        ("correct+port", 8),  # advice to use the correct port
        ("tls+refused", 8),  # STARTTLS or TLS refused by the server
        ("refused negotiate tls", 9),  # a request to start TLS refused
        ("server negation present tls", 8),  # a server that does not offer STARTTLS (below a certificate not presented)
        ("tls connection refused", 10, CONN),  # a connection with SSL refused: the security mode first
        ("unexpected reply server", 7),  # a server's unexpected reply: what a security mode that does not match looks like
        ("received message unexpected", 8),  # a message from the other side not as TLS expects
        ("get reply server fail", 7, CONN),  # no reply could be got from the server: what a swapped SSL/TLS looks like
        ("advise negotiate tls", 7),  # advice to enable TLS
        ("tls library fail", 7),  # the program's TLS library could not be loaded
        ("fail sending tls", 8),  # a STARTTLS command that could not be sent
        ("tls+fail", 8),  # STARTTLS or TLS that failed: named, it is the cause, even inside a sign-in error
        ("security+fail", 6),
        ("outlook-security", 10),
    ),
    CONN: (
        ("reply server wrong", 6, SEC),  # a server's reply that is not valid: the connection, or the security mode
        ("connection+refused", 10),
        ("connection refused", 7),
        ("server name address negation|unsupported", 9),  # no address for a host name
        ("negation+network", 8), ("negation network connection", 8),
        ("empty+reply", 8, SEC),
        ("empty reply server", 7, SEC),  # the server's reply empty, said at more length
        ("connection fail", 7),
        ("fail attempt access server", 6),  # an error while trying to reach the server
        ("fail access server", 6, APP),  # a server that could not be reached (accessed)
        ("fail check address server", 8),  # a server's address that could not be determined (its name)
        ("check server reachable", 6),  # advice to make sure the server can be reached
        ("no-connection", 8),  # "no connection to the server"
        ("server|name|ip+notfound", 9),
        ("server connection notfound", 8),  # the server one connects to not known, its words apart
        ("name negation resolve", 8),  # a host name that did not resolve
        ("name fail resolve-verb", 9),  # Russian: a name that could not be resolved (not «не разрешено», not allowed)
        ("negation+negotiate+connection", 8),  # a connection not established (said in one breath)
        # a server's IP address not found or not found out: its name, not a recipient
        ("ip+address notfound", 10), ("ip address notfound", 10), ("ip address find|get fail", 9),
        ("server-address wrong", 8),  # a server's address that is not valid
        ("hostname wrong", 8),  # a host name that is not right
        ("server-address fail|notfound", 9),  # a server's address that could not be found out
        ("read connection fail", 7, SEC),  # reading from the connection failed
        ("negotiate server fail", 6, SEC),  # the mail server's session could not be set up
        ("negation server available", 7),  # no server available
        ("read server fail", 7, SEC),  # what the server sends could not be read
        ("sending|write data server fail", 7),  # data that could not be sent to the server
        ("download message server fail", 6),  # an error fetching messages from the server
        ("open server fail", 7),  # a server that could not be opened
        ("offline", 7),  # the program or the computer offline
        ("offline|no-connection disabled", 13),  # offline, so sending is held back: not the server blocking it
        ("server|name find fail", 9),
        ("negation+server find", 7),  # no server found (at an address, for a domain)
        ("resolve fail|notfound|temporary", 9),
        ("resolve timeout|timedout", 9),  # a name lookup that took too long: the name, not the security mode
        ("fail resolve-verb server", 9),  # Russian: a server's name that could not be resolved
        ("resolver-error", 10),  # a resolver's own words: the name, whatever else the text says (an address)
        ("dns+fail", 8),  # a DNS error: the server's name
        ("dns fail", 7),  # the same, its words apart (Russian «ошибка поиска в DNS»)
        ("dns reply negation|lacks|wrong", 8),  # a DNS answer that is not there or not valid
        ("network fail|unreachable|dropped", 7),  # a network that failed, is not there, or whose request was cut
        ("server|connection|port unreachable", 7),
        # the server refuses for a while (too busy, rate limit, its back end down): not the password ("Temporary
        # authentication failure": the word itself, next to it; "try again later" after a failed sign-in is advice)
        ("temporary-word+signin|refused", 12),
        # a failure for a while; below a failed sign-in's weight, whose advice to try again later it also reads
        ("temporary fail|connection|unreachable", 7),
        ("server+temporary", 8),  # a server busy or overloaded
        ("connection full", 8),  # too many connections: the server refuses for a while
        ("outlook-no-host", 8), ("outlook-no-connection", 8),
        ("sending|delivering via server fail", 5),
        ("sending fail", GUESS, APP),  # a sending failure and nothing else: the settings, then the password
        ("fetch-mail fail", GUESS, APP),  # mail that could not be checked for or fetched, and nothing else: the same
        ("fetch-verb message fail", GUESS, APP),  # the same, its words apart ("the message could not be loaded")
        ("mail-server+error-noun", GUESS, APP),  # "mail server error", and nothing else: the same
        ("fail+access+mailbox|inbox", GUESS, APP),  # a mailbox that could not be accessed, and nothing else
        ("test-mail fail|wrong", GUESS, APP),  # a test e-mail that failed, and nothing else: the same
        ("notify-verb recipient fail", GUESS, APP),  # the recipients could not be notified, and nothing else
        ("dial-verb server|mail-protocol fail", 8),  # a server that could not be dialled (Go's net.Dial)
        # a synchronisation that failed, and nothing else: a mail program's sync is its fetching (49 more texts of the
        # read sets answered as labelled; a sync of the program's settings is none, and another service's masks it)
        ("sync+fail", GUESS, APP), ("sync error-noun", GUESS, APP),  # an error in a sync, and nothing else
        ("sync folder|message fail", GUESS, APP),  # the same, its words apart („synchronizace složek se nezdařila“)
        ("sync server fail", GUESS, APP),  # a sync with the server that failed, and nothing else
        ("maintenance later", 7),  # a server under maintenance, to be tried later
        ("delivering+fail", GUESS, APP),  # a delivery that failed, and nothing else: as a sending failure
        ("negation+sent", GUESS, APP),  # a message "not sent", and nothing else: the same
        ("not-sent", GUESS, APP),  # the same in one Czech word
        # a message that could not be delivered, and nothing else
        ("message|login-email delivering fail", GUESS, APP), ("message undelivered", GUESS, APP),
        ("no-service", 9),  # nothing listening at the server's port
        ("conn-identifier", 9),  # the system's own name of the failure
        ("not-connected", GUESS),  # "not connected" and nothing else: the connection
        ("out-of-reach", GUESS),  # a target "unreachable" and nothing else: the connection
        ("timeout", GUESS),  # a time-out and nothing else ("Timeout."): the connection's entry, which covers it
        ("identify server fail", 8),  # a host that could not be identified (its name not found)
        ("because+connection", 10),  # something done "because of a connection error" (the cause right after)
        ("because+network", 11),  # "because of a network problem": the network, over the certificate it could not fetch
        ("check setup fail", GUESS, APP),  # a failed test of the mail settings, and nothing else
        # the server's capabilities could not be checked or got: the first thing said on connecting (not one missing)
        ("check|get|read capabilities fail", 6, SEC),
        ("service+unreachable", 7),  # a service not available (HTTP's 503, SMTP's 421)
        ("negation present service port", 8),  # a server that does not offer the service at a port
        ("service negation+connection|available", 7),  # a service not connected, not available
        ("request+expired", 8, SEC),  # a request whose time ran out („požadavek vypršel“)
        ("blocking connection|port", 8),  # a connection or a port blocked (a firewall, a hosting company)
        ("port+disabled", 13, SEC),  # a port that is blocked (named, it outweighs sending turned off beside it)
        ("check hostname", 7),  # advice to check the server's name
        ("get hostname fail", 8),  # the server's name could not be got (resolved)
        ("timeout inactive", 8, SEC),  # a time-out after a while idle
        ("proxy notfound|unreachable|refused", 8),  # a proxy server not found or not answering
        ("vpn dropped|unreachable|refused|timedout", 8),  # a VPN cut off or out of reach: nothing gets through
        ("proxy negation find|reply|received", 8),  # no proxy found, no reply from it
        ("proxy-error", 6),  # a proxy's error: the way out to the internet
        ("proxy negotiate", 9),  # a proxy's handshake: the proxy between, not the mail server's security
        ("pipe", 8),  # the system's broken pipe, a connection aborted
        ("gateway-error", 8),  # a web server's gateway that could not reach the server behind it
        ("ping fail|timeout|unreachable", 7),  # a host that did not answer a ping: out of reach
        ("server maintenance", 8),  # a server down for maintenance
        ("fail check-connection", 8),  # a failure with the advice to check one's connection: the connection
        ("server refused reply|request", 6),  # a server that refused to answer a request
        # a proxy server, its reply or the connection through it failed, wrong or refused ("trouble connecting")
        ("proxy server|reply|connection fail|wrong|unsupported|disabled|refused", 8),
        ("network+access disabled", 8),  # network access turned off
        ("required network+access", 7),  # network access needed (and not there)
        ("proxy signin|password|username fail|refused|wrong|required", 13),  # a proxy's own sign-in: not the mailbox's
        ("received wrong|unexpected data|reply", 7, SEC),  # data or a reply received not as expected
        ("pop3-command fail|negation", 5, APP),  # a POP3 command that did not succeed (its cause unsaid)
        ("mail-protocol session|protocol error-noun", GUESS, APP),  # a mail protocol's session in error, alone
        ("protocol+error-noun", GUESS, SEC),  # a protocol error and nothing else: the server spoke otherwise (TLS?)
        ("required network connection", 7),  # a network connection needed
        ("connect-advice network", 7),  # advice to connect to the internet first
        ("check-connection", 7),  # advice to check one's connection
        ("check+port", 7, SEC),  # advice to check the port
        # a connection that drops or never answers: also what swapped SSL/TLS and STARTTLS look like
        ("timedout", 8, SEC),
        ("server reply negation received", 6, SEC),  # no reply received from the server, its words apart
        ("wait server|reply fail", 8, SEC),  # an error while waiting for the server
        # a time-out of the connection, the server, a request, a handshake…
        ("timeout connection|server|fail|network|expired|dropped|request|read|command|reached|full|sending|negotiate",
         8, SEC),
        ("firewall network|connection|server|port|fail|refused|disabled", 7),  # a firewall in the way
        ("check network connection", 7),  # advice to check the network connection names the cause
        ("check+network", GUESS),  # "check your network", and nothing else
        # SMTP's (IMAP's, POP3's) settings that are wrong or do not work, and nothing else: the server or the password
        ("mail-protocol setup wrong|fail", GUESS, APP),
        ("connection negation negotiate", GUESS),  # a connection that "has not been established", and nothing else
        ("network access blocked|disabled", 8),  # the program's access to the network blocked or turned off
        ("blocks-access", 8),  # something (a country, a firewall) blocking access: the connection
        ("antivirus connection", 7),  # an antivirus program in the way of the connection
        ("network connection wrong", 7),  # a bad network connection (its words apart: «špatné připojení k síti»)
        ("auth-server connection|unreachable|timedout", 9),  # the sign-in server out of reach: the connection
        ("server load-high", 8),  # a server's load too high (try later)
        ("server returned-error", GUESS, APP),  # "the server returned an error", and nothing else
        ("negotiate session fail", 7, SEC),  # a session (SSH's, TLS's) that could not be established
        ("no-data", 7),  # no data received (from the server)
        ("switch-on network", 8),  # advice to turn the Wi-Fi, the mobile data or the network on
        ("time expired", 8, SEC),
        ("transport fail|dropped", 8, SEC),
        ("connection|server expired", 8, SEC),
        ("connection|time ended", 8, SEC),  # a connection or a time that ended
        ("connection|server dropped", 8, SEC),
        ("outlook-dropped", 8, SEC),
    ),
    NONE: (
        ("elsewhere connection|fail|unreachable|refused|timedout|timeout|dropped|notfound|offline", 9),
        ("directory wrong|password|signin", 9),  # a database's or a directory's own sign-in or password
        ("elsewhere space|full", 9),  # a quota or a space of something beside the mailbox
        ("elsewhere certificate", 9),  # the certificate of a service beside the mailbox (an address book's)
        ("certificate exception kept", 9),  # a certificate's exception added, kept or removed: done, no failure
        ("elsewhere+reply", 9),  # a reply of another service (an LDAP server's)
        ("store password|security", 9),
        ("php extension-word|version|not-installed", 9),  # PHP's own extension or version missing: the site's own
        ("already+disabled|blocked", 9),  # a moderator's notice that someone is "already suspended"
        ("store mail-protocol setup", 9),  # SMTP's settings that could not be saved: the program's own files
        ("fetch-verb mail-protocol setup", 9),  # SMTP's settings that could not be loaded: the same
        ("device space full", 9), ("device+space", 9), ("device+full", 9),  # the phone's own storage or memory
        ("lock", 9), ("lock timedout|fail|unreachable|refused", 9),
        ("subscribe", 9), ("signin+subscribe", 9),  # Czech "přihlášení k odběru": a subscription, not a sign-in
        ("spam+folder|mailbox", 9), ("folder|mailbox+spam", 9),  # a spam folder is a folder
        # the reader's own certificates and keys, a certificate file being imported, a notice of expiry to come
        ("crypto certificate|notfound|fail|wrong|expired|trust|valid|user|recipient|sender|negation", 9),
        ("file certificate|user|message|folder|fail|wrong|refused", 9),
        ("cookies signin|session|timedout|timeout|expired|disabled|negation", 9),  # a web page's cookies and session
        ("dropped success", 9),  # a connection closed successfully, as it should be
        ("elsewhere|crypto required", 9),  # what another service or the reader's own keys need (a key, TLS)
        ("certificate-load", 9),  # a certificate loaded from a file: the reader's own
        ("own-certificate", 9),  # the reader's own certificate or key
        ("certificate-option", 9),  # an option to accept every certificate, or invalid ones
        ("connection-option", 9),  # an option to allow connections without security
        ("server-version expired|unsupported|wrong", 9),  # a server program too old for the app
        ("timeout|timedout|connection+unit", 9),  # a setting's label ("connection timeout in seconds")
        ("timeout-setting", 9),  # a time-out's value being set
        ("empty-field", 9),  # a form's field left empty
        ("option-hint certificate|tls|security|port|password|connection|signin|server|fail", 9),  # a setting's hint
        ("value-limit", 9), ("timeout|timedout value-limit", 9),  # a form's bound for a value ("the time-out cannot be
        # less than 30 seconds")
        ("repeat-password", 9),  # a form's field to repeat the new password
        ("vault password|signin|expired|disabled", 9),  # a password manager's vault: its own password or sign-in
        ("two-factor disabled", 9),  # two-step verification turned off on the account: a setting changed
        ("message-auth", 9),  # a message's own authentication (its signature): not signing in
        ("future certificate|expired", 9),
        ("certificate mismatch message", 9),  # a certificate that does not match a message: the sender's own
        ("recipient certificate", 9),  # recipients' certificates (S/MIME): the reader's encryption
        ("setup+user", 9),  # an account's setup (cancelled, finished), not the account
        ("change trust", 9),  # changing the trust in a key the reader keeps (a keyring), not a server's certificate
        ("unconfigured sending|delivering|server|disabled", 9),  # the program's own mail delivery not set up
        # a form asking for the password (next to it: "the password was wrong, enter it again" is still a refusal), or
        # saying one must be entered
        ("enter+password|user", 9), ("required enter password|user|signin", 9),
        ("signin+folder", 9),  # Czech "přihlásit složku": subscribing to a folder
        ("local+server", 9),  # a server on the reader's own computer (a password server, a proxy of its own)
        ("start-server", 9),  # a server the program starts itself (a local bridge's, a web server of its own)
        ("bug-report", 9),  # a bug report sent to a program's makers
        ("notification disabled", 9),  # e-mail notices turned off: a setting
        ("security-check", 9), ("security-check security|fail", 9),  # a web form's security check (CSRF) that failed
        ("spam threshold", 9),  # a spam filter's threshold being set
        ("mark spam", 9),  # the reader marking a message as spam
        ("spam+setup", 9),  # the reader's spam settings
        ("created+password|app", 9),  # an app password made or added: a notice
        ("generate+certificate", 9), ("generate+temporary", 9),  # the reader's own (or a temporary) certificate being made
        ("certificate-upkeep", 9),
        ("local space full", 9), ("write space full", 9),  # the disk of the reader's computer
        ("space+download", 9),  # space to download or synchronise a file: the reader's own storage
        ("upload space|full", 9),  # a cloud's space for uploads
        ("file space|full", 9),  # a file's or a backup's storage
        ("syntax recipient|user", 9), ("syntax address", 9),  # an address written wrong
        ("message+gone", 9), ("find+message", 9),  # a message not found (no longer on the server)
        ("password characters", 9),  # characters a password may not contain: a form's check
        ("write+password", 9),  # a password written to the program's own store
        # a form's field left empty (credentials missing for a server are a sign-in's: not this)
        ("lacks+password-field|username", 9), ("password-field|username+lacks", 9),
        ("disabled|turn-off+check+certificate", 9),  # an option to turn off checking certificates
        ("permitted+sending+password", 9),  # an option to allow sending a password (over a connection without TLS)
        ("certificate-load password", 9),  # a certificate loaded from a file, and its password
        ("firewall exception", 9),  # the program added to the firewall's exceptions
        ("biometric signin|fail|check", 9),  # a fingerprint or a face that unlocks the phone or the program
        ("library+password", 9),  # an encrypted library's own password (a file sync's)
        ("time+space", 9),  # a quota of time (online), not of space
        ("session+wrong", 9),  # a web session no longer valid
        ("password+not-set", 9),  # no password set yet (in the program)
        ("certificate sign-message", 9),  # a message signed with the reader's own certificate (S/MIME)
        ("file certificate password", 9),  # a certificate file's own password (importing it)
        ("not-installed", 9),  # a module or package of the program's own not installed
        # OpenSSL's extension or executable missing, not found or turned off: the program's own installation (its
        # library that could not be loaded is the security mode's, as before)
        ("openssl-word extension-word|notfound|lacks|disabled|not-installed", 9),
        ("unsent-yet", 9),  # a message not sent yet: its state
        ("make+tls-server", 9),  # a TLS server being made (the program's own)
        ("lock expired|time|timeout", 9),  # waiting for a lock that did not come
        ("session timedout|expired signin-again", 9),  # a web session that timed out: sign in again
        ("password-change", LOCAL),  # a password being changed or reset (an e-mail about it can still fail to go)
        ("password-change wrong|refused|mismatch|password", LOCAL),  # the new password's refusal, not a sign-in's
        ("since-last-login attempt|fail", LOCAL),  # failed sign-ins counted since the last good one: a notice
        ("token-manipulation", 9),  # a password that could not be changed (Linux-PAM)
        ("more-info fail|connection|signin|certificate", LOCAL),  # a link to help about a kind of problem
        ("module-missing tls|security|connection", 9),  # a module of the program missing: its installation
        ("lock-ahead", LOCAL),  # a warning that the account will be locked: the failures before it are read
        ("password-change+token|disabled", 9),  # a reset's token, a reset turned off: the site's own
        ("registration spam|disabled|refused|dropped", 9),  # a site's sign-up refused, closed or taken for spam
        ("post fail|sending", 9),  # a post on a social site that could not be sent
        ("pin password|wrong|fail|refused", 9),  # a PIN of the reader's card or token
        ("temp-file", 9),  # a temporary file of the program's
        # a password the program keeps that it did not find (a keyring's): "not found", not "not recognised"
        ("password+gone", 9),
        ("password+hash", 9),  # a password being hashed by the program: its own work, nothing the server refused
        ("feature+disabled", 9),  # a feature turned off: the program's, not the account's
        ("install-software", 9),  # software to install: the system's own
        ("access-rights", 9),  # rights to a folder or a file: the folder's
        ("delete-trusted", 9),  # trusted certificates the reader deletes
        ("verified", 9),  # a connection verified
        ("success", LOCAL),  # a notice that something went well
        ("offline+success", 9),  # disconnected as asked ("disconnected successfully")
        ("offline-use", 9),  # messages kept for reading offline: a setting
        ("too-large", 9), ("message+size", 9),  # a message too large for the server, or its size
        ("license", 9),  # a program's licence (blocked, expired): the program's own
        ("license connection|fail|unreachable|refused|timedout", 9),  # its licence server that could not be reached
        ("markup+fail|wrong", 9),  # errors in a message's HTML or template
        ("no-recipient", 9), ("sent-folder", 9), ("no-error", 9), ("local-mail", 9),  # see their concepts
        ("sync+setup", 9),  # the program's settings synchronised (between devices), not mail
        ("local-mail disabled|unsupported|unreachable", 9),  # the web server's own mail function turned off
        ("lacks+setup", 9),  # mail settings missing from the program: the program's own setup
        ("connected-ok", 9),  # a connection that was made: the failure came after it
        ("redirect connection|tls|server", 9),  # a web address redirected elsewhere
        ("remote-content disabled", 9),  # external images blocked
        ("other-password", 9),  # a password that is not the mailbox's
        # the cloud refusing a file (HTTP 403): its permissions, not the mailbox (its connection refused is still a
        # connection's: the reader's network)
        ("cloud disabled|unauthorized", 9),
        ("user-cancelled", 9),  # something the reader cancelled
        ("dropped+user-cancelled", 9),  # a connection closed at the reader's request
        ("device+not-connected", 9),  # the reader's phone or device not connected (to the computer)
        # the verb "connect" next to a phone or a device ("could not connect to the phone"): the program pairing with
        # it; not "connected" or "connection", which also say a device is online ("make sure the phone is connected")
        ("connect-verb+device", 9),
        ("folder not-connected", 9),  # a folder not connected (not subscribed, not mounted): the folder's own
        ("no-account", 9),  # no account set up in the program: its own settings
        ("url spelling", 9),  # a web address to spell right: a browser's page
        ("recipient+lacks", 9),  # a recipient missing from the reader's message
        ("logged-out", 9), ("logged-out signin|refused|unauthorized", 9), ("send-later", 9),  # a page's refusal: its session
        ("session expired|timedout signin", 9),  # a session that expired beside the advice to sign in: a web page's
        ("store+connection|certificate", 9),  # a connection saved as a bookmark, a program's own certificate store
        ("launch+server", 9),  # a server of the program's own that did not start
        ("store+sent", 9),  # a sent message being saved (a copy in the Sent folder): sending went through
        ("close-connection", 9),  # a program closing its connection
        ("trust+device", 9),  # trusting the reader's own computer or phone (next to each other: not a certificate
        # "not trusted by your device")
        ("device refuse-trust", 9),  # the reader refused to trust this computer (GVfs)
        ("connection other device", 9),  # a connection to another phone or computer (pairing, moving an account)
        ("characters wrong|unsupported|refused|disabled", 9),  # characters not allowed in what the reader typed
        ("imap-field", 9),
        # a site confirming the reader's address explains its own words; a sending failure beside it is still read (the
        # confirmation e-mail that could not go), as beside a password reset
        ("confirm-email", LOCAL),
        ("confirm-email expired|wrong", LOCAL),  # a confirmation link expired or invalid: the site's, with its words
        # settings looked up on the internet, not found (not merely near a failure: "could not connect, check the
        # network settings" is the connection's)
        ("setup network notfound|find", 9), ("no-settings network", 9),
        ("folder notfound", 9), ("imap-folder-code mailbox|folder", 9),
        ("edit-connection", 9),  # a network connection's profile added or changed
        ("resolve dependency", 9),  # a package's dependencies to resolve
        ("password length", 9),  # a password too short for a form
        ("password empty", 9), ("url password", 9),  # a form's password left empty, an address that cannot hold one
        ("archive password", 9),  # a file's or an archive's own password
        ("fail+empty", 9),  # a form's field that cannot be empty
        ("unblocked", 9),  # a port or mail that is not blocked: a check that passed
        ("certificate skip", 9),  # making certificates skipped (they exist already): a notice
        ("retry+timeout", 9),  # a mail server that stopped retrying a delivery (a bounce's own words)
        ("test-page", 9),  # a printer's test page
        ("roaming", 9),  # the phone's roaming settings
        ("signin-again", 9),  # advice to sign in again: the failure beside it names the cause
        ("wrong+timeout", 9),  # a time-out setting not valid (a value typed)
        ("empty+message", 9),  # an empty message the reader tried to send
        ("attach", 9),  # a picture or a file attached (Czech „připojit“)
        ("already-running", 9),  # a check or a program already running: the second one waits
        # mail accounts looked up; mail downloaded and stored locally; a folder (for incoming mail) that cannot be found
        ("fetch-mail+user", 9), ("store+fetch-mail", 9), ("folder find", 9),
        ("multipart", 9),  # a part of a message of several parts: the program's own reading of it
    ),
}
