"""The WeChat server API: an async client (aiohttp, or an ASGI app in process) and a fake server speaking the same wire format."""
