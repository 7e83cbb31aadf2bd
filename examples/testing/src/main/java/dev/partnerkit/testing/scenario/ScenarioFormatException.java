package dev.partnerkit.testing.scenario;

/**
 * Thrown when a scenario file cannot be read or does not follow the scenario format; the message
 * names the file, the JSON path and what was expected there.
 *
 * <p>Unchecked. The {@code partnerkit scenario} command turns it into exit status 2.
 */
public final class ScenarioFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;

  /**
   * Creates an exception.
   *
   * @param source the file or other source of the scenario
   * @param path the JSON path of the bad value, such as {@code $.steps[3].expect}
   * @param expected what was expected there
   */
  public ScenarioFormatException(String source, String path, String expected) {
    super(source + ": " + path + ": " + expected);
    this.source = source;
    this.path = path;
  }

  /**
   * Returns the file or other source of the scenario.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the JSON path of the bad value.
   *
   * @return the path, {@code $} for the document
   */
  public String getPath() {
    return path;
  }
}
