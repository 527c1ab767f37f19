"""Mail.ru mailbox settings and checks, shared by the site, the command line and the browser."""
