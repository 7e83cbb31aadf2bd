package dev.partnerkit.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/**
 * Thrown when JSON cannot be read into, or written from, a Partnerkit type. The message names the
 * JSON path (such as {@code $.profile.address.country}) and what was expected there.
 *
 * <p>Unchecked; the cause is Jackson's exception.
 */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, naming the path
   * @param cause Jackson's exception, or null
   */
  public JsonException(String message, Throwable cause) {
    this(message, "$", cause);
  }

  private JsonException(String message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /**
   * Returns the JSON path of the bad value, such as {@code $.lines[0].licenses}.
   *
   * @return the path; {@code $} for the document itself
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns an exception that explains Jackson's failure to read {@code type}.
   *
   * @param type the type being read
   * @param e Jackson's exception
   * @return the exception to throw
   */
  public static JsonException from(Class<?> type, JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      path = pathOf(mapping);
    }
    String detail = e.getOriginalMessage();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof IllegalArgumentException
        || root instanceof IllegalStateException
        || root instanceof NullPointerException) {
      detail = root.getMessage();
    }
    if (detail != null) {
      int source = detail.indexOf("\n at [Source");
      if (source >= 0) {
        detail = detail.substring(0, source);
      }
      if (detail.length() > 300) {
        detail = detail.substring(0, 300) + "...";
      }
    }
    return new JsonException(
        "Invalid JSON for " + type.getSimpleName() + " at " + path + ": " + detail, path, e);
  }

  private static String pathOf(JsonMappingException e) {
    return "$"
        + e.getPath().stream()
            .map(
                ref ->
                    ref.getFieldName() != null
                        ? "." + ref.getFieldName()
                        : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining());
  }
}
