"""What serves the tests (mail servers, Thunderbird, the corpus, page readers, the site server); no tests here."""
