#!/usr/bin/env python3
"""Holds the answers the server tests received against the OpenAPI document.

Every answer recorded by tests/support/exchangerecorder.cpp (one JSON object per line in the *.jsonl files
of RECORD_DIR) must be one the document describes:
  - its operation (method and path template) and status are documented (or the status is one that any
    request may get, from components/responses: 400, 401, 404, 405, 413, 415, 431 ...);
  - a JSON body validates against the documented schema with a real JSON Schema validator (Debian's
    python3-jsonschema); OpenAPI 3.0's nullable is translated to JSON Schema's null type;
  - an error answer, whatever the route, has the documented error shape.

Usage: check_openapi_answers.py OPENAPI_JSON RECORD_DIR [--min-answers N]
Exits 1 listing every mismatch (at most a few examples per kind), 0 when all answers match.
"""
import collections
import copy
import glob
import json
import re
import sys
import urllib.parse

import jsonschema

# Answers that need no operation: the HTTP layer's to requests that reach none (unknown path or method,
# malformed framing, oversized headers or body) and the database being away. Each must be described in
# components/responses; an operation's own statuses must be listed on the operation.
GENERIC = {
    400: "BadRequest",
    401: "Unauthorized",
    404: "NotFound",
    405: "MethodNotAllowed",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    431: "HeaderTooLarge",
    503: "ServiceUnavailable",
}


def to_json_schema(node):
    """OpenAPI 3.0 schema objects → JSON Schema (draft 7): nullable becomes a null type or alternative, and an
    object that lists its properties is closed (additionalProperties: false), so that an answer carrying a
    field the document does not declare fails as surely as one missing a required field."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if k != "nullable"}
    if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
        out["additionalProperties"] = False
    if node.get("nullable"):
        if "type" in out:
            t = out["type"]
            out["type"] = (t if isinstance(t, list) else [t]) + ["null"]
            if "enum" in out:
                out["enum"] = list(out["enum"]) + [None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def compile_template(path):
    parts = []
    for seg in path.strip("/").split("/"):
        parts.append("[^/]+" if seg.startswith("{") and seg.endswith("}") else re.escape(seg))
    return re.compile("^/" + "/".join(parts) + "$")


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    doc = json.load(open(argv[1], encoding="utf-8"))
    record_dir = argv[2]
    min_answers = int(argv[argv.index("--min-answers") + 1]) if "--min-answers" in argv else 1

    root = to_json_schema({"components": doc["components"]})
    resolver_base = {"components": root["components"]}

    def validator(schema):
        schema = dict(to_json_schema(schema))
        schema["components"] = resolver_base["components"]
        return jsonschema.Draft7Validator(schema)

    # Operation lookup: literal segments first, so /tickets/search wins over /tickets/{id}.
    operations = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "patch", "put", "delete"):
                literal = sum(1 for s in path.split("/") if s and not s.startswith("{"))
                operations.append((-literal, path, method.upper(), op))
    operations.sort(key=lambda t: t[0])
    templates = {path: compile_template(path) for path in doc["paths"]}

    def find(method, path):
        known = False
        for _, template, m, op in operations:
            if templates[template].match(path):
                known = True
                if m == method or (method == "HEAD" and m == "GET"):
                    return template, op, True
        return None, None, known

    def resolve(response):
        while "$ref" in response:
            name = response["$ref"].split("/")[-1]
            response = doc["components"]["responses"][name]
        return response

    error_validator = validator({"$ref": "#/components/schemas/Error"})
    problems = collections.defaultdict(list)
    checked = 0
    exercised = set()
    files = sorted(glob.glob(record_dir + "/*.jsonl"))
    for name in files:
        for line in open(name, encoding="utf-8"):
            answer = json.loads(line)
            checked += 1
            method = answer["method"]
            target = answer["target"]
            status = answer["status"]
            path = urllib.parse.unquote(target.split("?", 1)[0]) if target else ""
            body_text = answer.get("body") or ""
            is_json = answer.get("content_type", "").startswith("application/json")
            where = "%s %s -> %d" % (method or "(malformed)", target[:120], status)
            body = None
            if is_json and body_text:
                try:
                    body = json.loads(body_text)
                except ValueError:
                    problems["JSON content type but not JSON"].append(where)
                    continue
            if status >= 400 and not (is_json and isinstance(body, dict)):
                problems["error answer without the JSON error shape"].append(where + " " + answer.get("content_type", ""))
                continue
            template, op, known = find(method, path) if method else (None, None, False)
            if op is None:
                # No operation: only the generic answers of the HTTP layer are possible.
                if status not in GENERIC or GENERIC[status] not in doc["components"]["responses"]:
                    problems["answer to no documented operation"].append(where)
                elif body is not None:
                    for e in error_validator.iter_errors(body):
                        problems["generic error shape"].append("%s: %s" % (where, e.message))
                continue
            key = "%s %s" % (method if method != "HEAD" else "GET", template)
            exercised.add(key)
            responses = op.get("responses", {})
            response = responses.get(str(status))
            if response is None:
                # Before any route is looked at: headers too large, framing broken, the database away.
                layer = status in (431, 503) or (status == 400 and isinstance(body, dict) and
                                                 body.get("error", {}).get("code") == "bad_request")
                if layer and GENERIC[status] in doc["components"]["responses"]:
                    response = doc["components"]["responses"][GENERIC[status]]
                else:
                    problems["status not documented for the operation"].append("%s (%s)" % (where, key))
                    continue
            response = resolve(response)
            if method == "HEAD":
                continue
            content = response.get("content")
            if not content:
                if body_text and status != 204:
                    problems["body where the document promises none"].append(where)
                continue
            media = content.get("application/json")
            if media is None:
                if is_json:
                    problems["JSON where the document promises another type"].append(where)
                continue
            if body is None:
                problems["no JSON body where the document promises one"].append(where)
                continue
            for e in validator(media.get("schema", {})).iter_errors(body):
                path_in = "/".join(str(p) for p in e.absolute_path)
                problems["body does not match the schema of " + key].append("%s: at '%s': %s" % (where, path_in, e.message[:300]))

    print("checked %d recorded answers from %d files; %d documented operations exercised" % (checked, len(files), len(exercised)))
    documented = {"%s %s" % (m, p) for _, p, m, _ in operations}
    missing = sorted(documented - exercised)
    if missing:
        print("documented operations no test exercised (%d): %s" % (len(missing), ", ".join(missing)))
    if checked < min_answers:
        print("FAIL: fewer than %d answers were recorded: did the server tests run with TIERDESK_TEST_RECORD_DIR?" % min_answers)
        return 1
    if problems:
        for kind, cases in sorted(problems.items()):
            print("FAIL: %s: %d" % (kind, len(cases)))
            for c in sorted(set(cases))[:8]:
                print("    " + c)
        return 1
    print("every answer matches the document")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
