package org.mizan.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 description served at {@code /openapi.json}, built from the route table itself, so every
 * endpoint, parameter, body and the token rule it states is what the server does.
 */
final class OpenApi {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z]+)}");

    private OpenApi() {
    }

    static Map<String, Object> describe(List<Route> routes, boolean tokenRequired) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Mizan API", "version", "0.1.0",
                "description", "Event data, relations, balance and bargaining models (docs/server.md). "
                        + "Errors are {\"error\": \"...\"}. POST endpoints need 'Authorization: Bearer TOKEN' "
                        + "when the server was started with a token."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
            item.put(r.method().toLowerCase(Locale.ROOT), operation(r, tokenRequired));
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error"),
                        "properties", Map.of("error", Map.of("type", "string"))))));
        return doc;
    }

    private static Map<String, Object> operation(Route r, boolean tokenRequired) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", r.summary());
        List<Object> params = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(r.path());
        while (m.find()) {
            params.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        for (Param p : r.params()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", p.type());
            if (p.format() != null) {
                schema.put("format", p.format());
            }
            params.add(Map.of("name", p.name(), "in", "query", "required", p.required(),
                    "description", p.description(), "schema", schema));
        }
        op.put("parameters", params);
        if (r.body() != null) {
            op.put("requestBody", Map.of("description", r.body(), "required", false,
                    "content", Map.of("*/*", Map.of("schema", Map.of("type", "string", "format", "binary")))));
        }
        if (r.write() && tokenRequired) {
            op.put("security", List.of(Map.of("bearer", List.of())));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(r.method().equals("POST") && r.path().equals("/api/imports") ? "202" : "200",
                Map.of("description", "OK", "content", Map.of(r.produces(), Map.of())));
        responses.put("400", error("a parameter is missing or invalid; the message names it"));
        if (r.write()) {
            responses.put("401", error("missing or wrong bearer token"));
        }
        if (r.body() != null) {
            responses.put("413", error("the body is larger than the server's limit"));
        }
        responses.put("404", error("nothing found"));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description,
                "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    }
}
