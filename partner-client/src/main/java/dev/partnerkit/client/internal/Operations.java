package dev.partnerkit.client.internal;

import dev.partnerkit.client.RequestOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API: makes the client's operation classes for {@code PartnerClient}. Their constructors are
 * not public, so that callers get operations from the client and nowhere else, and {@code
 * PartnerClient} lives in another package; so each operation class hands a maker of itself to
 * {@link #register} from its static initializer, and {@link #make} initializes the class before
 * asking for its maker.
 *
 * <p>Thread-safe; a utility class.
 */
public final class Operations {
  private static final Map<Class<?>, Maker<?>> MAKERS = new ConcurrentHashMap<>();

  private static final StackWalker CALLER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private Operations() {}

  /**
   * Makes one kind of operations for a client's engine and the options of a client view.
   *
   * @param <T> the operations' type
   */
  @FunctionalInterface
  public interface Maker<T> {
    /**
     * Returns new operations.
     *
     * @param engine the client's engine
     * @param options the options of the client view
     * @return the operations
     */
    T make(HttpEngine engine, RequestOptions options);
  }

  /**
   * Registers the maker of an operation class; the class itself calls this, once, from its static
   * initializer.
   *
   * @param <T> the operations' type
   * @param type the operation class
   * @param maker makes its instances
   * @throws IllegalStateException when called from another class, or a second time
   */
  public static <T> void register(Class<T> type, Maker<T> maker) {
    // Only the class may name its own maker, so no other code can stand in for its constructor.
    if (CALLER.getCallerClass() != type) {
      throw new IllegalStateException(type.getName() + " registers its own maker");
    }
    if (MAKERS.putIfAbsent(type, maker) != null) {
      throw new IllegalStateException(type.getName() + " registered its maker twice");
    }
  }

  /**
   * Returns new operations of a class.
   *
   * @param <T> the operations' type
   * @param type the operation class
   * @param engine the client's engine
   * @param options the options of the client view
   * @return the operations
   * @throws IllegalStateException when the class registers no maker
   */
  public static <T> T make(Class<T> type, HttpEngine engine, RequestOptions options) {
    Maker<?> maker = MAKERS.get(type);
    if (maker == null) {
      try {
        // Runs the static initializer, which registers the maker; a class literal does not.
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot initialize " + type.getName(), e);
      }
      maker = MAKERS.get(type);
      if (maker == null) {
        throw new IllegalStateException(type.getName() + " registers no maker");
      }
    }
    return type.cast(maker.make(engine, options));
  }
}
