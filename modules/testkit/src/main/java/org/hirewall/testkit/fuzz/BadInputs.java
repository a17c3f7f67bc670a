package org.hirewall.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bad requests generated from the server's own OpenAPI document: for every operation, each role and
 * no token or a forged one; path ids that do not exist or are not ids; query parameters and body
 * fields missing, null, of the wrong type, negative, huge, oversized, in other scripts, with
 * control characters or markup; extra fields; malformed JSON; wrong content types. Each case is a
 * complete request and says why it was made, so a failing one can be replayed by hand.
 */
public final class BadInputs {

  /** One request: {@code user} is a role's user, null (no token) or {@link #FORGED}. */
  public record Case(
      String method, String path, String user, String contentType, byte[] body, String why) {

    public String describe() {
      String b = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      if (b.length() > 300) {
        b = b.substring(0, 300) + "…(" + body.length + " bytes)";
      }
      // one line per case in the failures file: control characters written as escapes
      StringBuilder out = new StringBuilder();
      b.chars()
          .forEach(
              ch -> {
                if (ch < 0x20 || ch == 0x7f) {
                  out.append(String.format("\\u%04x", ch));
                } else {
                  out.append((char) ch);
                }
              });
      b = out.toString();
      return method + " " + path + " as " + user + " [" + contentType + "] " + why + " :: " + b;
    }
  }

  /** A token that is not one Keycloak issued. */
  public static final String FORGED = "#forged";

  static final List<String> USERS = List.of("it-admin", "security-officer", "auditor");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values no field should choke on. */
  static List<JsonNode> badValues() {
    return List.of(
        F.nullNode(),
        F.textNode(""),
        F.textNode(" "),
        F.numberNode(-1),
        F.numberNode(0),
        F.numberNode(Long.MAX_VALUE),
        F.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
        F.numberNode(1e308),
        F.numberNode(-2.5),
        F.booleanNode(true),
        F.arrayNode(),
        F.objectNode(),
        F.textNode("x".repeat(70_000)),
        F.textNode("王伟 김철수 Ñoño Ωμέγα Жанна عربى かな 🙂‮‍"),
        F.textNode("a\u0000b\u0007c\u001b[31m\r\n"),
        F.textNode("<img src=x onerror=alert(1)>"),
        F.textNode("'; DROP TABLE audit_record; --"),
        F.textNode("../../../../etc/passwd"),
        F.textNode("2026-02-30T25:61:00Z"),
        F.textNode("Mars/Olympus_Mons"),
        F.textNode("XX"),
        F.textNode("00000000-0000-0000-0000-000000000000"));
  }

  /** Path and query values that are not what they should be. */
  static final List<String> BAD_TEXT =
      List.of(
          "abc",
          "0",
          "-1",
          "99999999999999999999999",
          "00000000-0000-0000-0000-000000000000",
          "..%2F..%2Fetc%2Fpasswd",
          "%00",
          "ünïcødé-王伟",
          "x".repeat(3000),
          "1e308",
          "true",
          "<script>",
          "' OR '1'='1");

  private final JsonNode doc;
  private final Map<String, List<String>> roles;
  private final Random random;

  /**
   * @param openapi the server's {@code /openapi?format=JSON}
   * @param roles "METHOD path" to the roles that may call it ({@code /api/endpoints}); the body
   *     cases are sent as one of them, so they reach validation rather than the role check
   */
  public BadInputs(JsonNode openapi, Map<String, List<String>> roles, long seed) {
    this.doc = openapi;
    this.roles = roles;
    this.random = new Random(seed);
  }

  /** Every case for every operation. */
  public List<Case> all() {
    List<Case> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey().toUpperCase();
        if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          out.addAll(forOperation(method, p.getKey(), op.getValue()));
        }
      }
    }
    return out;
  }

  List<Case> forOperation(String method, String template, JsonNode op) {
    List<Case> out = new ArrayList<>();
    String user = allowedUser(method, template);
    List<JsonNode> params = new ArrayList<>();
    op.path("parameters").forEach(params::add);
    Map<String, String> pathValues = new LinkedHashMap<>();
    Map<String, String> query = new LinkedHashMap<>();
    for (JsonNode prm : params) {
      String name = prm.path("name").asText();
      String sample = sampleText(prm.path("schema"));
      if (prm.path("in").asText().equals("path")) {
        pathValues.put(name, sample);
      } else if (prm.path("in").asText().equals("query") && prm.path("required").asBoolean(false)) {
        query.put(name, sample);
      }
    }
    JsonNode bodySchema = bodySchema(op);
    String bodyType = bodyType(op);
    byte[] body = bodySchema == null ? null : bytes(sample(bodySchema, 0));
    String base = url(template, pathValues, query);

    // who is asking: no token, a forged one, every role
    out.add(new Case(method, base, null, bodyType, body, "no token"));
    out.add(new Case(method, base, FORGED, bodyType, body, "forged token"));
    for (String u : USERS) {
      out.add(new Case(method, base, u, bodyType, body, "as " + u));
    }
    // path ids that do not exist or are not ids
    for (String name : pathValues.keySet()) {
      for (String v : BAD_TEXT) {
        Map<String, String> changed = new LinkedHashMap<>(pathValues);
        changed.put(name, v);
        out.add(
            new Case(method, url(template, changed, query), user, bodyType, body, "path " + name));
      }
    }
    // query parameters: missing, wrong, huge
    for (JsonNode prm : params) {
      if (!prm.path("in").asText().equals("query")) {
        continue;
      }
      String name = prm.path("name").asText();
      Map<String, String> without = new LinkedHashMap<>(query);
      without.remove(name);
      out.add(
          new Case(method, url(template, pathValues, without), user, bodyType, body, "no " + name));
      for (String v : BAD_TEXT) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        changed.put(name, v);
        out.add(
            new Case(
                method, url(template, pathValues, changed), user, bodyType, body, "query " + name));
      }
    }
    if (bodySchema != null && "application/json".equals(bodyType)) {
      out.addAll(bodyCases(method, base, user, bodySchema));
    } else if (bodySchema != null) {
      out.add(new Case(method, base, user, bodyType, new byte[0], "empty body"));
      out.add(new Case(method, base, user, "text/plain", bytes(F.textNode("x")), "text body"));
    }
    return out;
  }

  private List<Case> bodyCases(String method, String url, String user, JsonNode schema) {
    List<Case> out = new ArrayList<>();
    String json = "application/json";
    JsonNode valid = sample(schema, 0);
    // malformed and misdeclared bodies
    for (String raw :
        List.of(
            "",
            "{",
            "{\"a\":",
            "[",
            "null",
            "42",
            "\"text\"",
            "{\"x\":1}",
            "\u0000\u0001",
            "{\"targets\":[{\"username\":\"a\"}]}}}",
            "{'single':'quotes'}")) {
      out.add(new Case(method, url, user, json, raw.getBytes(StandardCharsets.UTF_8), "malformed"));
    }
    out.add(new Case(method, url, user, json, bytes(F.arrayNode().add(valid)), "array body"));
    for (String type :
        List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "*/*")) {
      out.add(new Case(method, url, user, type, bytes(valid), "content type " + type));
    }
    byte[] bomb = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(bomb, (byte) '[');
    out.add(new Case(method, url, user, json, bomb, "deep nesting"));
    if (valid instanceof ObjectNode obj) {
      ObjectNode extra = obj.deepCopy();
      extra.put("unexpected" + random.nextInt(1000), "value");
      out.add(new Case(method, url, user, json, bytes(extra), "extra field"));
      List<String> names = new ArrayList<>();
      obj.fieldNames().forEachRemaining(names::add);
      JsonNode props = resolve(schema).path("properties");
      props
          .fieldNames()
          .forEachRemaining(
              n -> {
                if (!names.contains(n)) {
                  names.add(n);
                }
              });
      for (String name : names) {
        ObjectNode missing = obj.deepCopy();
        missing.remove(name);
        out.add(new Case(method, url, user, json, bytes(missing), "without " + name));
        for (JsonNode bad : badValues()) {
          ObjectNode changed = obj.deepCopy();
          changed.set(name, bad);
          out.add(new Case(method, url, user, json, bytes(changed), name + "=" + kind(bad)));
        }
        JsonNode element = resolve(props.path(name)).path("items");
        if (!element.isMissingNode()) {
          // the same bad values one level down: inside the list and inside its first element
          for (JsonNode bad : badValues()) {
            ObjectNode changed = obj.deepCopy();
            changed.set(name, F.arrayNode().add(bad));
            out.add(new Case(method, url, user, json, bytes(changed), name + "[0]=" + kind(bad)));
          }
          JsonNode inner = sample(element, 1);
          if (inner instanceof ObjectNode innerObj) {
            innerObj
                .fieldNames()
                .forEachRemaining(
                    field -> {
                      for (JsonNode bad : badValues()) {
                        ObjectNode changed = obj.deepCopy();
                        ObjectNode el = innerObj.deepCopy();
                        el.set(field, bad);
                        changed.set(name, F.arrayNode().add(el));
                        out.add(
                            new Case(
                                method,
                                url,
                                user,
                                json,
                                bytes(changed),
                                name + "[0]." + field + "=" + kind(bad)));
                      }
                    });
          }
          // the same element twice, and far too many
          ArrayNode twice = F.arrayNode().add(inner).add(inner.deepCopy());
          ObjectNode dup = obj.deepCopy();
          dup.set(name, twice);
          out.add(new Case(method, url, user, json, bytes(dup), name + " twice"));
          ArrayNode many = F.arrayNode();
          for (int i = 0; i < 600; i++) {
            many.add(inner.deepCopy());
          }
          ObjectNode lots = obj.deepCopy();
          lots.set(name, many);
          out.add(new Case(method, url, user, json, bytes(lots), name + " x600"));
        }
      }
    }
    return out;
  }

  // ---- samples that pass the schema's simple rules, so each mutation changes one thing

  JsonNode sample(JsonNode schema, int depth) {
    JsonNode s = resolve(schema);
    if (s.has("enum")) {
      return s.path("enum").get(0);
    }
    String type = s.path("type").asText("object");
    switch (type) {
      case "string":
        return F.textNode(sampleText(s));
      case "integer":
      case "number":
        long min = s.path("minimum").asLong(1);
        return F.numberNode(Math.max(min, Math.min(s.path("maximum").asLong(5), 5)));
      case "boolean":
        return F.booleanNode(false);
      case "array":
        ArrayNode a = F.arrayNode();
        if (depth < 3) {
          a.add(sample(s.path("items"), depth + 1));
        }
        return a;
      default:
        ObjectNode o = F.objectNode();
        if (depth < 3) {
          s.path("properties")
              .fields()
              .forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
        }
        return o;
    }
  }

  String sampleText(JsonNode schema) {
    JsonNode s = resolve(schema);
    if (s.has("enum")) {
      return s.path("enum").get(0).asText();
    }
    String pattern = s.path("pattern").asText("");
    if (s.path("format").asText().equals("date-time")) {
      return "2026-12-03T12:00:00Z";
    }
    if (pattern.contains("0-9a-f-]{36}")) {
      return java.util.UUID.randomUUID().toString(); // an id that does not exist
    }
    if (pattern.startsWith("RESP-")) {
      return "RESP-04";
    }
    if (pattern.contains("64}")) {
      return "ab".repeat(32);
    }
    if (s.path("type").asText().equals("integer")) {
      return "5";
    }
    int min = s.path("minLength").asInt(3);
    return "fuzz" + "z".repeat(Math.max(0, min - 4)) + random.nextInt(1000);
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText(null);
    if (ref == null) {
      return schema;
    }
    return doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static JsonNode bodySchema(JsonNode op) {
    JsonNode content = op.path("requestBody").path("content");
    Iterator<Map.Entry<String, JsonNode>> it = content.fields();
    return it.hasNext() ? it.next().getValue().path("schema") : null;
  }

  private static String bodyType(JsonNode op) {
    Iterator<String> it = op.path("requestBody").path("content").fieldNames();
    if (!it.hasNext()) {
      return null;
    }
    String t = it.next();
    return t.equals("*/*") ? "application/octet-stream" : t;
  }

  private String allowedUser(String method, String template) {
    List<String> r = roles.getOrDefault(method + " " + template, List.of());
    for (String u : USERS) {
      if (r.contains(u)) {
        return u;
      }
    }
    return USERS.get(random.nextInt(USERS.size()));
  }

  private static String url(String template, Map<String, String> path, Map<String, String> query) {
    String u = template;
    for (Map.Entry<String, String> e : path.entrySet()) {
      String v = e.getValue();
      // values already written percent-encoded stay so; the rest are encoded
      String enc = v.contains("%") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8);
      u = u.replace("{" + e.getKey() + "}", enc);
    }
    StringBuilder q = new StringBuilder();
    for (Map.Entry<String, String> e : query.entrySet()) {
      q.append(q.isEmpty() ? "?" : "&")
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return u + q;
  }

  private static String kind(JsonNode v) {
    String t = v.getNodeType().name().toLowerCase();
    String text = v.isTextual() ? v.asText() : v.toString();
    return t + "(" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + ")";
  }

  private static byte[] bytes(JsonNode n) {
    try {
      return JSON.writeValueAsBytes(n);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
