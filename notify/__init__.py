"""How people hear about it: the outbox, the in-app inbox, WeChat subscription messages and targeted notices."""
