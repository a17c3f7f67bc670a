package org.hirewall.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation and the database agree: every string a request record accepts fits the column of
 * the same name in its plugin's migrations. Walks every JAX-RS resource of every module on the
 * class path (the server's WAR holds them all), the records their methods take (nested records and
 * lists included), and the {@code VARCHAR}/{@code CHAR} columns of the same module's Flyway
 * scripts. A field is bounded by {@code @Size(max)} or by a {@code @Pattern} that cannot match
 * more; a field with neither, or bounded above its column, fails the test, naming both.
 */
class RequestLimitsTest {

  static final int UNBOUNDED = Integer.MAX_VALUE;

  record Column(String table, String name, int length) {}

  @Test
  void everyRequestFieldFitsTheColumnOfItsName() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    int modules = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Module m = Module.read(new File(entry));
      if (m.resources.isEmpty()) {
        continue;
      }
      modules++;
      Map<String, List<Column>> columns = columns(m.migrations);
      for (Class<?> resource : m.resources) {
        for (Method method : resource.getDeclaredMethods()) {
          if (!isEndpoint(method)) {
            continue;
          }
          for (Parameter p : method.getParameters()) {
            if (p.getType().isRecord()) {
              checked += walk(p.getType(), p.getType().getSimpleName(), columns, problems, 0);
            }
          }
        }
      }
    }
    assertThat(modules).as("modules with resources on the class path").isGreaterThanOrEqualTo(4);
    assertThat(checked).as("request fields compared with a column").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  /** A method JAX-RS calls: it carries {@code @GET}, {@code @POST}, ... */
  static boolean isEndpoint(Method m) {
    return Stream.of(m.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
  }

  /**
   * Columns that share a field's name but do not store it, each with the reason: kept short, and
   * every entry is a decision someone made.
   */
  static final Map<String, String> NOT_STORED_THERE =
      Map.of(
          "RecordCheckRequest.reason|iv_case.reason",
          "a check's reason is iv_check.reason; iv_case.reason is the case's reason enum");

  /** Compares each string component with its column; returns how many were compared. */
  private static int walk(
      Class<?> record,
      String path,
      Map<String, List<Column>> columns,
      List<String> problems,
      int depth) {
    if (depth > 4) {
      return 0;
    }
    int checked = 0;
    for (RecordComponent c : record.getRecordComponents()) {
      String where = path + "." + c.getName();
      Class<?> type = c.getType();
      if (type.isRecord()) {
        checked += walk(type, where, columns, problems, depth + 1);
      } else if (type == List.class
          && c.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
        AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
        if (element.getType() instanceof Class<?> e && e.isRecord()) {
          checked += walk(e, where + "[]", columns, problems, depth + 1);
        } else if (element.getType() == String.class) {
          checked += compare(where + "[]", c.getName(), max(element), columns, problems);
        }
      } else if (type == String.class) {
        checked += compare(where, c.getName(), max(c.getAnnotatedType()), columns, problems);
      }
    }
    return checked;
  }

  private static int compare(
      String where,
      String name,
      int max,
      Map<String, List<Column>> columns,
      List<String> problems) {
    List<Column> same = columns.getOrDefault(snake(name), List.of());
    for (Column col : same) {
      if (NOT_STORED_THERE.containsKey(
          where.replace("[]", "") + "|" + col.table() + "." + col.name())) {
        continue;
      }
      if (max > col.length()) {
        problems.add(
            where
                + " accepts "
                + (max == UNBOUNDED ? "any length" : max + " characters")
                + " but "
                + col.table()
                + "."
                + col.name()
                + " holds "
                + col.length());
      }
    }
    return same.isEmpty() ? 0 : 1;
  }

  /** The longest string the annotations on {@code t} let through. */
  static int max(AnnotatedType t) {
    int max = UNBOUNDED;
    Size size = t.getAnnotation(Size.class);
    if (size != null) {
      max = Math.min(max, size.max());
    }
    // Hirewall's own constraints bound what they accept
    if (t.isAnnotationPresent(org.hirewall.spi.validation.CountryCode.class)) {
      max = Math.min(max, 2);
    }
    if (t.isAnnotationPresent(org.hirewall.spi.validation.KnownTimeZone.class)) {
      max = Math.min(max, 64);
    }
    if (t.isAnnotationPresent(org.hirewall.spi.validation.IpAddress.class)) {
      max = Math.min(max, 45);
    }
    Pattern pattern = t.getAnnotation(Pattern.class);
    if (pattern != null) {
      max = Math.min(max, new RegexLength(pattern.regexp()).max());
    }
    return max;
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }

  static Map<String, List<Column>> columns(List<String> scripts) {
    java.util.regex.Pattern table =
        java.util.regex.Pattern.compile(
            "CREATE TABLE (\\w+) \\((.*?)\\n\\);", java.util.regex.Pattern.DOTALL);
    java.util.regex.Pattern column =
        java.util.regex.Pattern.compile("(?m)^\\s+(\\w+)\\s+(?:VARCHAR|CHAR)\\((\\d+)\\)");
    java.util.regex.Pattern added =
        java.util.regex.Pattern.compile(
            "ALTER TABLE (\\w+) ADD COLUMN (\\w+) (?:VARCHAR|CHAR)\\((\\d+)\\)");
    Map<String, List<Column>> out = new HashMap<>();
    for (String sql : scripts) {
      Matcher t = table.matcher(sql);
      while (t.find()) {
        Matcher c = column.matcher(t.group(2));
        while (c.find()) {
          out.computeIfAbsent(c.group(1), k -> new ArrayList<>())
              .add(new Column(t.group(1), c.group(1), Integer.parseInt(c.group(2))));
        }
      }
      Matcher a = added.matcher(sql);
      while (a.find()) {
        out.computeIfAbsent(a.group(2), k -> new ArrayList<>())
            .add(new Column(a.group(1), a.group(2), Integer.parseInt(a.group(3))));
      }
    }
    return out;
  }

  /** One class-path entry: its JAX-RS resource classes and its Flyway scripts. */
  record Module(List<Class<?>> resources, List<String> migrations) {

    static Module read(File entry) throws IOException {
      List<String> classes = new ArrayList<>();
      List<String> scripts = new ArrayList<>();
      if (entry.isDirectory()) {
        try (Stream<java.nio.file.Path> files = Files.walk(entry.toPath())) {
          for (java.nio.file.Path f : files.toList()) {
            String rel = entry.toPath().relativize(f).toString().replace(File.separatorChar, '/');
            collect(rel, classes, scripts, () -> Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      } else if (entry.getName().startsWith("hirewall-") && entry.getName().endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry)) {
          Enumeration<JarEntry> all = jar.entries();
          while (all.hasMoreElements()) {
            JarEntry e = all.nextElement();
            collect(
                e.getName(),
                classes,
                scripts,
                () -> new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      List<Class<?>> resources = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String name : classes) {
        if (!seen.add(name)) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, RequestLimitsTest.class.getClassLoader());
          if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
            resources.add(c);
          }
        } catch (ClassNotFoundException | LinkageError notLoadable) {
          // a class needing something only the server has: not a resource we can read here
        }
      }
      return new Module(resources, scripts);
    }

    interface Text {
      String read() throws IOException;
    }

    private static void collect(String rel, List<String> classes, List<String> scripts, Text text)
        throws IOException {
      if (rel.startsWith("org/hirewall/") && rel.endsWith(".class") && !rel.contains("$")) {
        classes.add(rel.substring(0, rel.length() - 6).replace('/', '.'));
      } else if (rel.startsWith("db/migration/") && rel.endsWith(".sql")) {
        scripts.add(text.read());
      }
    }
  }

  /** The longest string a regular expression can match, or {@link #UNBOUNDED}. */
  static final class RegexLength {
    private final String r;
    private int i;

    RegexLength(String regex) {
      this.r = regex;
    }

    int max() {
      return alternation();
    }

    private int alternation() {
      int best = sequence();
      while (i < r.length() && r.charAt(i) == '|') {
        i++;
        best = Math.max(best, sequence());
      }
      return best;
    }

    private int sequence() {
      int total = 0;
      while (i < r.length() && r.charAt(i) != '|' && r.charAt(i) != ')') {
        total = add(total, quantified(atom()));
      }
      return total;
    }

    private int atom() {
      char c = r.charAt(i);
      if (c == '(') {
        i++;
        if (r.startsWith("?:", i)) {
          i += 2;
        }
        int inner = alternation();
        i++; // ')'
        return inner;
      }
      if (c == '[') {
        i++;
        if (r.charAt(i) == '^') {
          i++;
        }
        if (r.charAt(i) == ']') {
          i++;
        }
        while (r.charAt(i) != ']') {
          if (r.charAt(i) == '\\') {
            i++;
          }
          i++;
        }
        i++;
        return 1;
      }
      if (c == '\\') {
        i += 2;
        return 1;
      }
      i++;
      return c == '^' || c == '$' ? 0 : 1;
    }

    private int quantified(int atom) {
      if (i >= r.length()) {
        return atom;
      }
      char c = r.charAt(i);
      int out = atom;
      if (c == '?') {
        i++;
      } else if (c == '*' || c == '+') {
        i++;
        out = atom == 0 ? 0 : UNBOUNDED;
      } else if (c == '{') {
        int close = r.indexOf('}', i);
        String[] mn = r.substring(i + 1, close).split(",", -1);
        i = close + 1;
        out =
            mn.length == 2 && mn[1].isBlank()
                ? UNBOUNDED
                : mul(atom, Integer.parseInt(mn[mn.length - 1].trim()));
      } else {
        return atom;
      }
      if (i < r.length() && (r.charAt(i) == '?' || r.charAt(i) == '+')) {
        i++; // lazy or possessive
      }
      return out;
    }

    private static int add(int a, int b) {
      return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a + b;
    }

    private static int mul(int a, int n) {
      return a == UNBOUNDED ? UNBOUNDED : (int) Math.min(UNBOUNDED - 1L, (long) a * n);
    }
  }

  @Test
  void theRegexBoundIsTheLongestMatch() {
    assertThat(new RegexLength("[0-9a-f-]{36}").max()).isEqualTo(36);
    assertThat(new RegexLength("[a-z0-9][a-z0-9._-]{2,59}").max()).isEqualTo(60);
    assertThat(new RegexLength("\\+?[0-9 ()./-]{7,24}").max()).isEqualTo(25);
    assertThat(new RegexLength("RESP-[0-9]{2}").max()).isEqualTo(7);
    assertThat(new RegexLength("(ab|cde)?x").max()).isEqualTo(4);
    assertThat(new RegexLength("[A-Za-z]+-[0-9A-Za-z.]+").max()).isEqualTo(UNBOUNDED);
    assertThat(new RegexLength("[^/\\\\]+").max()).isEqualTo(UNBOUNDED);
  }
}
