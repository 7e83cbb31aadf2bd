package dev.partnerkit.store.journal;

/**
 * Thrown when a journal cannot be opened, read or written: another process holds it, a line before
 * the last one is damaged, it was written by a newer format, or the disk failed. The message names
 * the file, and for damage the line number and byte offset, and says what to do.
 *
 * <p>Unchecked; the cause, if any, is the underlying {@link java.io.IOException} or decoding error.
 */
public final class JournalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and what to do
   */
  public JournalException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong and what to do
   * @param cause the underlying failure
   */
  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
