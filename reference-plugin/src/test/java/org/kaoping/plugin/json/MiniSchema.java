package org.kaoping.plugin.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema checker for tests, covering the keywords the rubric schema uses: {@code type},
 * {@code required}, {@code properties}, {@code additionalProperties}, {@code items}, {@code $ref} to
 * {@code #/$defs/…}, {@code enum}, {@code const}, {@code oneOf}, {@code pattern} and {@code minLength}.
 * An unknown keyword fails, so the schema cannot silently grow past what this checks.
 */
final class MiniSchema {
    private static final java.util.Set<String> KNOWN = new java.util.HashSet<>(java.util.Arrays.asList(
            "$schema", "$id", "title", "description", "default", "$defs", "type", "required", "properties",
            "additionalProperties", "items", "$ref", "enum", "const", "oneOf", "pattern", "minLength", "minItems", "uniqueItems"));

    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    /** Every violation, as {@code path: message}; empty when {@code value} conforms. */
    List<String> validate(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(root, value, "$", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode v, String path, List<String> out) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KNOWN.contains(k)) {
                throw new IllegalArgumentException("MiniSchema does not support keyword " + k);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
            if (target == null) {
                out.add(path + ": dangling $ref " + ref);
                return;
            }
            check(target, v, path, out);
        }
        if (schema.has("type") && !hasType(v, schema.get("type").asText())) {
            out.add(path + ": expected type " + schema.get("type").asText() + ", got " + v.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(v)) {
            out.add(path + ": expected " + schema.get("const") + ", got " + v);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                out.add(path + ": " + v + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("pattern") && v.isTextual()
                && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
            out.add(path + ": " + v + " does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minLength") && v.isTextual() && v.asText().length() < schema.get("minLength").asInt()) {
            out.add(path + ": shorter than " + schema.get("minLength").asInt());
        }
        if (schema.has("required") && v.isObject()) {
            for (JsonNode r : schema.get("required")) {
                if (!v.has(r.asText())) {
                    out.add(path + ": missing required key " + r.asText());
                }
            }
        }
        if (v.isObject() && (schema.has("properties") || schema.has("additionalProperties"))) {
            JsonNode props = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String childPath = path + "." + f.getKey();
                if (props != null && props.has(f.getKey())) {
                    check(props.get(f.getKey()), f.getValue(), childPath, out);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    out.add(childPath + ": key not allowed");
                } else if (additional != null && additional.isObject()) {
                    check(additional, f.getValue(), childPath, out);
                }
            }
        }
        if (schema.has("minItems") && v.isArray() && v.size() < schema.get("minItems").asInt()) {
            out.add(path + ": fewer than " + schema.get("minItems").asInt() + " item(s)");
        }
        if (schema.has("uniqueItems") && schema.get("uniqueItems").asBoolean() && v.isArray()) {
            java.util.Set<JsonNode> seen = new java.util.HashSet<>();
            for (JsonNode item : v) {
                if (!seen.add(item)) {
                    out.add(path + ": " + item + " is listed twice");
                }
            }
        }
        if (schema.has("items") && v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                check(schema.get("items"), v.get(i), path + "[" + i + "]", out);
            }
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            List<String> reasons = new ArrayList<>();
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, v, path, sub);
                if (sub.isEmpty()) {
                    matches++;
                } else {
                    reasons.addAll(sub);
                }
            }
            if (matches != 1) {
                out.add(path + ": matches " + matches + " of oneOf, expected exactly 1" + (matches == 0 ? " " + reasons : ""));
            }
        }
    }

    private static boolean hasType(JsonNode v, String type) {
        switch (type) {
            case "object": return v.isObject();
            case "array": return v.isArray();
            case "string": return v.isTextual();
            case "number": return v.isNumber();
            case "integer": return v.isIntegralNumber();
            case "boolean": return v.isBoolean();
            case "null": return v.isNull();
            default: throw new IllegalArgumentException("unknown type " + type);
        }
    }
}
