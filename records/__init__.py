"""执法文书: the printable records of an inspection (现场检查记录, 隐患整改通知书, 整改复查意见书), their numbers,
signatures and public verification, and the poster sheets; rendered as PDF by `records/pdf.py`."""
