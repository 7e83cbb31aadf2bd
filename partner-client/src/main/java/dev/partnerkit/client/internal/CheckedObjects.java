package dev.partnerkit.client.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Not API: what the client's hand-written readers share: finding a field by its exact name and then
 * case-insensitively, refusing a field name that an object repeats, skipping an unknown value while
 * still refusing repeated names inside it, and adding a field's name to the path of an error as
 * Jackson's bean deserializers do.
 *
 * <p>The readers exist so that the client can turn the parser's own duplicate detection off for the
 * hot customer types (it keeps a {@code HashSet} per object); every object those readers consume is
 * checked here instead, with the same rule (two equal names in one object) and the same error
 * ({@code JsonParseException} "Duplicate field 'name'" at the repeated name).
 *
 * <p>Instances of {@link Names} are immutable and thread-safe; the static methods keep no state.
 */
public final class CheckedObjects {
  private CheckedObjects() {}

  /**
   * Marks a deserializer that refuses repeated field names in every object it reads, itself or
   * through deserializers that do the same, so that a document of its type may be read with the
   * parser's duplicate detection off.
   */
  public interface SelfChecking {
    /**
     * Returns whether every object under this deserializer is checked for repeated names.
     *
     * @return true when the parser's own check may be left out
     */
    boolean checksEveryObject();
  }

  /** The field names of one wire type, found exactly and then case-insensitively. */
  public static final class Names {
    private final String[] names;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();
    private final Locale locale;

    /**
     * Creates the names of a type.
     *
     * @param locale the locale that Jackson lower-cases property names in (the mapper's)
     * @param names the canonical names, at most 64
     */
    public Names(Locale locale, String... names) {
      if (names.length > 64) {
        throw new IllegalArgumentException("at most 64 names, but got " + names.length);
      }
      this.names = names.clone();
      this.locale = locale;
      for (int i = 0; i < names.length; i++) {
        exact.put(names[i], i);
        folded.put(names[i].toLowerCase(locale), i);
      }
    }

    /**
     * Returns the number of names.
     *
     * @return the count
     */
    public int size() {
      return names.length;
    }

    /**
     * Returns the canonical name at an index.
     *
     * @param index the index
     * @return the name
     */
    public String name(int index) {
      return names[index];
    }

    /**
     * Returns the index of a field name spelled exactly as canonical, or -1.
     *
     * @param key the field name as sent
     * @return the index or -1
     */
    public int exactIndex(String key) {
      // The parser interns field names, so the identity check answers nearly every call.
      for (int i = 0; i < names.length; i++) {
        if (names[i] == key) {
          return i;
        }
      }
      Integer i = exact.get(key);
      return i == null ? -1 : i;
    }

    /**
     * Returns the index of a field name matched as Jackson's case-insensitive property names do
     * (both lower-cased in the mapper's locale), or -1.
     *
     * @param key the field name as sent
     * @param locale the mapper's locale
     * @return the index or -1
     */
    public int foldedIndex(String key, Locale locale) {
      String lower = key.toLowerCase(locale);
      if (locale.equals(this.locale)) {
        Integer i = folded.get(lower);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].toLowerCase(locale).equals(lower)) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * Returns the error the parser gives for a repeated name, as if it had found it itself.
   *
   * @param p the parser, just past the repeated name
   * @param name the name
   * @return the exception to throw
   */
  public static JsonParseException duplicate(JsonParser p, String name) {
    // The parser reports the position just after the name; the name starts at the token.
    JsonLocation start = p.currentTokenLocation();
    JsonLocation at = start;
    if (start != null && start.getColumnNr() > 0 && start.getByteOffset() >= 0) {
      long length = name.getBytes(StandardCharsets.UTF_8).length + 2L;
      at =
          new JsonLocation(
              start.contentReference(),
              start.getByteOffset() + length,
              start.getCharOffset(),
              start.getLineNr(),
              (int) (start.getColumnNr() + length));
    }
    return new JsonParseException(p, "Duplicate field '" + name + "'", at);
  }

  /**
   * Skips the value at the parser's current token, as Jackson skips an unknown property, refusing
   * repeated names in every object inside it.
   *
   * @param p the parser at the first token of the value
   * @throws IOException when the value is malformed or repeats a name
   */
  public static void skipChecked(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      String first = null;
      Set<String> seen = null;
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        if (first == null) {
          first = key;
        } else {
          if (seen == null) {
            seen = new HashSet<>();
            seen.add(first);
          }
          if (!seen.add(key)) {
            throw duplicate(p, key);
          }
        }
        p.nextToken();
        skipChecked(p);
      }
    } else if (token == JsonToken.START_ARRAY) {
      // The parser bounds nesting (StreamReadConstraints), so the recursion is bounded too.
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        skipChecked(p);
      }
    }
  }

  /**
   * Throws an error met while reading a field's value with the field added to its path, as
   * Jackson's bean deserializers do ({@code wrapAndThrow}).
   *
   * @param e the error
   * @param from the type being read, for Jackson's reference chain
   * @param key the field's name as sent
   * @param ctxt the context
   * @return never
   * @throws IOException always
   */
  public static IOException wrap(Exception e, Object from, String key, DeserializationContext ctxt)
      throws IOException {
    Throwable t = e;
    boolean wrap = ctxt == null || ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
    if (t instanceof IOException) {
      if (!wrap || !(t instanceof JacksonException)) {
        throw (IOException) t;
      }
    } else if (!wrap) {
      ClassUtil.throwIfRTE(t);
    }
    throw JsonMappingException.wrapWithPath(t, from, key);
  }

  /**
   * Throws an error met while reading an entry of a map with the entry's key added to its path, as
   * Jackson's container deserializers do: unlike beans, they leave the parser's own errors as they
   * are.
   *
   * @param e the error
   * @param from the map being read
   * @param key the entry's key
   * @param ctxt the context
   * @return never
   * @throws IOException always
   */
  public static IOException wrapEntry(
      Exception e, Object from, String key, DeserializationContext ctxt) throws IOException {
    if (ctxt != null && !ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
      ClassUtil.throwIfRTE(e);
    }
    if (e instanceof IOException && !(e instanceof JsonMappingException)) {
      throw (IOException) e;
    }
    throw JsonMappingException.wrapWithPath(e, from, key);
  }
}
