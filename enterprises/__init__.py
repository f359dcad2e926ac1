"""Who: regions (the jurisdiction tree), users and roles, enterprises and their profile."""
