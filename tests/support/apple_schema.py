"""Apple's published schema for configuration profiles, as a checker: the top-level keys and the
com.apple.mail.managed payload (tests/support/apple/, vendored from apple/device-management)."""

from __future__ import annotations

import datetime
import re
from functools import cache
from pathlib import Path

import yaml

SCHEMA = Path(__file__).parent / "apple"
TYPES = {"<string>": str, "<integer>": int, "<boolean>": bool, "<array>": list, "<dictionary>": dict,
         "<data>": bytes, "<date>": datetime.datetime, "<real>": float, "<any>": object}
PAYLOADS = {"com.apple.mail.managed"}  # the payload types we make (each has its YAML file here)
SYSTEMS = ("iOS", "macOS")  # where our profiles are installed


@cache
def keys(name: str) -> tuple[dict, ...]:
    """The payload keys of one schema file, e.g. keys("TopLevel")."""
    return tuple(yaml.safe_load((SCHEMA / f"{name}.yaml").read_text(encoding="utf-8"))["payloadkeys"])


def _type_ok(value: object, type_name: str) -> bool:
    kind = TYPES[type_name]
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)  # a plist <true/> is not an integer
    return isinstance(value, kind)


def check(values: dict, schema: tuple[dict, ...], where: str) -> list[str]:
    """What in values breaks the schema: a required key missing, a key the schema does not know or
    that iOS or macOS does not support, a value of the wrong type, outside the allowed values or
    not in the given format."""
    problems = []
    known = {spec["key"]: spec for spec in schema}
    for spec in schema:
        if spec.get("presence") == "required" and spec["key"] not in values:
            problems.append(f"{where}: required key {spec['key']} is missing")
    for name, value in values.items():
        spec = known.get(name)
        if spec is None:
            problems.append(f"{where}: {name} is not a key of this payload")
            continue
        for system in SYSTEMS:
            if (spec.get("supportedOS") or {}).get(system, {}).get("introduced") == "n/a":
                problems.append(f"{where}: {name} is not supported on {system}")
        if not _type_ok(value, spec["type"]):
            problems.append(f"{where}: {name} is {type(value).__name__} {value!r}, the schema says {spec['type']}")
            continue
        if "rangelist" in spec and value not in spec["rangelist"]:
            problems.append(f"{where}: {name} is {value!r}, allowed: {spec['rangelist']}")
        if "format" in spec and isinstance(value, str) and not re.search(spec["format"], value):
            problems.append(f"{where}: {name} {value!r} does not match {spec['format']}")
    return problems


def problems(profile: dict) -> list[str]:
    """Everything in a parsed profile (plistlib.loads) that Apple's schema does not allow."""
    found = check(profile, keys("TopLevel"), "profile")
    identifiers = [profile.get("PayloadIdentifier")]
    for index, payload in enumerate(profile.get("PayloadContent") or []):
        where = f"payload {index}"
        if not isinstance(payload, dict):
            found.append(f"{where} is not a dictionary")
            continue
        kind = payload.get("PayloadType")
        if kind not in PAYLOADS:
            found.append(f"{where}: PayloadType {kind!r} is not one this checker knows: {sorted(PAYLOADS)}")
            continue
        found += check(payload, keys("CommonPayloadKeys") + keys(kind), f"{where} ({kind})")
        identifiers.append(payload.get("PayloadIdentifier"))
    if len(set(identifiers)) != len(identifiers):
        found.append(f"PayloadIdentifier values are not unique within the profile: {identifiers}")
    return found
