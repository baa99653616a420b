package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line, column and path where it was read, so that a mapping error can say
 * where it is. Numbers are kept as {@link BigDecimal}, never as a binary floating-point value.
 */
final class Located {
    enum Type {
        OBJECT("an object"), ARRAY("an array"), STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"),
        NULL("null");

        final String description;

        Type(String description) {
            this.description = description;
        }
    }

    final Type type;
    final int line;
    final int column;
    final String path;
    final Map<String, Located> fields;
    /** Where each key of an object starts. */
    final Map<String, int[]> keyPositions;
    final List<Located> items;
    final String text;
    final BigDecimal number;
    final boolean bool;

    private Located(Type type, int line, int column, String path, Map<String, Located> fields,
            Map<String, int[]> keyPositions, List<Located> items, String text, BigDecimal number, boolean bool) {
        this.type = type;
        this.line = line;
        this.column = column;
        this.path = path;
        this.fields = fields;
        this.keyPositions = keyPositions;
        this.items = items;
        this.text = text;
        this.number = number;
        this.bool = bool;
    }

    /** What this value is, for an error message: {@code "abc"}, {@code 12.5}, {@code an object}. */
    String describe() {
        switch (type) {
            case STRING: return '"' + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + '"';
            case NUMBER: return number.toString();
            case BOOLEAN: return Boolean.toString(bool);
            case NULL: return "null";
            default: return type.description;
        }
    }

    /**
     * Reads the value at the parser's current token and everything inside it.
     *
     * @throws JsonFormatException of the kind {@code errors} makes, on a duplicate key
     */
    static Located read(JsonParser p, String source, String path, JsonInput.Errors errors) throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (t) {
            case START_OBJECT: {
                Map<String, Located> fields = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    String childPath = path + "." + name;
                    String badKey = InputLimits.checkText(name);
                    if (badKey != null) {
                        throw errors.at(source, keyAt.getLineNr(), keyAt.getColumnNr(), path, "in a key: " + badKey);
                    }
                    if (fields.containsKey(name)) {
                        throw errors.at(source, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                                "duplicate key \"" + name + "\"");
                    }
                    p.nextToken();
                    keys.put(name, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
                    fields.put(name, read(p, source, childPath, errors));
                }
                return new Located(Type.OBJECT, line, column, path, Collections.unmodifiableMap(fields),
                        Collections.unmodifiableMap(keys), null, null, null, false);
            }
            case START_ARRAY: {
                List<Located> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (items.size() == InputLimits.MAX_JSON_ARRAY_ITEMS) {
                        JsonLocation itemAt = p.currentTokenLocation();
                        throw errors.at(source, itemAt.getLineNr(), itemAt.getColumnNr(), path + "[" + items.size() + "]",
                                "expected an array of at most " + InputLimits.MAX_JSON_ARRAY_ITEMS + " items");
                    }
                    items.add(read(p, source, path + "[" + items.size() + "]", errors));
                }
                return new Located(Type.ARRAY, line, column, path, null, null, Collections.unmodifiableList(items),
                        null, null, false);
            }
            case VALUE_STRING: {
                String text = p.getText();
                String bad = InputLimits.checkText(text);
                if (bad != null) {
                    throw errors.at(source, line, column, path, bad);
                }
                return new Located(Type.STRING, line, column, path, null, null, null, text, null, false);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                // Never p.getDecimalValue(): it throws NumberFormatException on 1e99999999999, and a value such as
                // 1e-2000000000 would later be expanded digit by digit; the text is checked against the bounds first.
                String text = p.getText();
                String[] problem = new String[1];
                BigDecimal number = InputLimits.decimal(text, problem);
                if (number == null) {
                    throw errors.at(source, line, column, path, problem[0]);
                }
                return new Located(Type.NUMBER, line, column, path, null, null, null, text, number, false);
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Located(Type.BOOLEAN, line, column, path, null, null, null, null, null,
                        t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new Located(Type.NULL, line, column, path, null, null, null, null, null, false);
            default:
                throw errors.at(source, line, column, path, "unexpected JSON token " + t);
        }
    }
}
