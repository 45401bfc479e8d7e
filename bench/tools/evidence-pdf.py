#!/usr/bin/env python3
"""Writes a real one-page PDF of about SIZE bytes (default 1 MiB) to PATH: a content stream of drawing operators,
a correct xref table. The app inspects evidence with PDFBox and refuses what it cannot read (decision 37), so the
deadline-day workload (W5) needs a genuine PDF, not a header followed by filler."""
import sys

path = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 1024 * 1024
line = b"0.5 w 10 10 m 585 832 l S\n"
content = line * max(1, (size - 600) // len(line))
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(out))
    out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
for offset in offsets:
    out += ("%010d 00000 n \n" % offset).encode()
out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n" \
    + str(xref).encode() + b"\n%%EOF\n"
with open(path, "wb") as f:
    f.write(out)
