"""Offline check of a CaseTracker case bundle, written from docs/integrity.md alone.

Exit codes: 0 valid, 1 broken, 2 unreadable or not a bundle.
"""
import datetime
import decimal
import hashlib
import json
import sys
import uuid

FORMAT = "casetracker-case-bundle/1"
GENESIS = hashlib.sha256(b"CaseTracker integrity chain v1").digest()
INT64 = (-(2 ** 63), 2 ** 63 - 1)


class Broken(Exception):
    def __init__(self, version, problem):
        super().__init__(problem)
        self.version = version
        self.problem = problem


class NotCanonical(Exception):
    pass


def canonical(value):
    """Canonical JSON: code point key order, no whitespace, minimal escapes, integers only."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, decimal.Decimal)):
        if isinstance(value, decimal.Decimal):
            if not value.is_finite() or value != value.to_integral_value():
                raise NotCanonical(f"the number {value} is not an integer")
            value = int(value)
        if not INT64[0] <= value <= INT64[1]:
            raise NotCanonical(f"the number {value} is outside 64 bits")
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(key, ensure_ascii=False) + ":" + canonical(value[key]) for key in sorted(value)) + "}"
    raise NotCanonical(f"a value of type {type(value).__name__} has no canonical form")


def utf8(text):
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise NotCanonical("a string holds a lone surrogate") from error


def timestamp(text):
    at = datetime.datetime.fromisoformat(text)
    if at.tzinfo is None:
        raise NotCanonical(f"the timestamp {text} has no offset")
    return at.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sha256(*parts):
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.digest()


def event_hash(previous, stream, event):
    data = event.get("data")
    if not isinstance(data, dict):
        raise NotCanonical("the event data is not a JSON object")
    digests = {}
    for member, seal in (event.get("personal") or {}).items():
        salt = seal.get("salt")
        if salt:
            digest = sha256(bytes.fromhex(salt), utf8(canonical(data.get(member)))).hex()
            if digest != seal.get("digest"):
                raise Broken(event["version"], f"the personal member '{member}' does not match its digest: it was changed")
            digests[member] = digest
        else:
            digests[member] = seal.get("digest")
    record = {
        "data": {key: value for key, value in data.items() if key not in digests},
        "personal": digests,
        "stream": stream,
        "tenant": event.get("tenant"),
        "timestamp": timestamp(event["timestamp"]),
        "type": event.get("type"),
        "user": event.get("user"),
        "version": event["version"],
    }
    return sha256(previous, utf8(canonical(record)))


def verify(bundle):
    if bundle.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} bundle")
    stream = str(uuid.UUID(bundle["caseId"]))
    if bundle.get("genesis") != GENESIS.hex():
        raise Broken(1, "the bundle names another genesis value than the documented one")
    checkpoint = bundle.get("checkpoint")
    previous = GENESIS
    expected = 1
    for event in bundle.get("events") or []:
        version = event.get("version")
        if version != expected:
            raise Broken(expected, f"version {expected} is missing")
        if event.get("data") is None or event.get("type") is None or event.get("timestamp") is None:
            raise Broken(version, "the event is missing; only its seal remains")
        if event.get("hash") is None or event.get("previousHash") is None:
            raise Broken(version, "the event has no seal")
        try:
            link = event_hash(previous, stream, event)
        except (NotCanonical, ValueError, TypeError, KeyError, AttributeError) as error:
            raise Broken(version, f"the event cannot be read as sealed data: {error}") from error
        if event["previousHash"] != previous.hex() or event["hash"] != link.hex():
            raise Broken(version, "the event does not match its hash: it was changed, moved, or its hash was")
        if checkpoint and checkpoint.get("version") == version and checkpoint.get("hash") != link.hex():
            raise Broken(version, f"the event differs from what checkpoint {checkpoint.get('id')} recorded")
        previous = link
        expected += 1
    last = expected - 1
    head = bundle.get("head")
    if last > 0 and (not head or head.get("version") != last or head.get("hash") != previous.hex()):
        raise Broken(last, "the head named in the bundle is not the end of its chain")
    if checkpoint and checkpoint.get("version", 0) > last:
        raise Broken(expected, f"checkpoint {checkpoint.get('id')} recorded version {checkpoint.get('version')}; the bundle ends at {last}")
    return last, previous.hex()


def main(path):
    try:
        with open(path, encoding="utf-8") as file:
            bundle = json.load(file, parse_float=decimal.Decimal)
    except (OSError, ValueError) as error:
        print(f"verify-bundle: cannot read {path}: {error}", file=sys.stderr)
        return 2
    try:
        events, head = verify(bundle)
    except Broken as broken:
        print(f"BROKEN at version {broken.version}: {broken.problem}")
        return 1
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        print(f"verify-bundle: {path} is not a case bundle: {error}", file=sys.stderr)
        return 2
    checkpoint = bundle.get("checkpoint")
    through = f"; passes through checkpoint {checkpoint['id']} at version {checkpoint['version']}" if checkpoint else ""
    print(f"valid: case {bundle['caseId']}, {events} events, head {head}{through}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: verify_bundle.py FILE", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
