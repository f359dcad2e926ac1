"""The WeChat server API: an async httpx client and a fake server speaking the same wire format."""
