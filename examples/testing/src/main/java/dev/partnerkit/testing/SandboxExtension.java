package dev.partnerkit.testing;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Era;
import dev.partnerkit.rules.ProgramPolicy;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * A JUnit 5 extension that starts a {@link PartnerSandbox} per test class and closes it after the
 * class, filling fields and parameters of type {@link PartnerSandbox}, {@code PartnerClient},
 * {@link SandboxPartnerClient} and {@link SandboxCustomerClient} (see {@link InjectSandbox}).
 *
 * <p>Use it through {@link SandboxTest}, or register it configured:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SandboxExtension SANDBOX =
 *     SandboxExtension.configured(b -> b.policy(ProgramPolicy.modern()).reseller(TAILWIND, FABRIKAM));
 * }</pre>
 *
 * <p>Use one of the two per class, not both. Thread-safe; each class's sandbox lives in that
 * class's extension store.
 */
public final class SandboxExtension
    implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SandboxExtension.class);
  private static final String KEY = "sandbox";
  private static final String DEFAULT_PARTNER = "northwind";
  private static final List<Class<?>> INJECTABLE =
      List.of(
          PartnerSandbox.class,
          PartnerClient.class,
          SandboxPartnerClient.class,
          SandboxCustomerClient.class);

  private final Consumer<PartnerSandbox.Builder> configure;

  /** Creates the extension with the settings of the class's {@link SandboxTest}, if any. */
  public SandboxExtension() {
    this(builder -> {});
  }

  private SandboxExtension(Consumer<PartnerSandbox.Builder> configure) {
    this.configure = Objects.requireNonNull(configure, "configure");
  }

  /**
   * Returns an extension whose sandboxes the given code configures, after the class's {@link
   * SandboxTest} settings.
   *
   * @param configure sets up each class's sandbox builder
   * @return the extension, for a static {@code @RegisterExtension} field
   */
  public static SandboxExtension configured(Consumer<PartnerSandbox.Builder> configure) {
    return new SandboxExtension(configure);
  }

  /**
   * Starts the class's sandbox and fills the class's static fields marked {@link InjectSandbox}.
   *
   * @param context the class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    PartnerSandbox sandbox = sandbox(context);
    Class<?> type = context.getRequiredTestClass();
    for (Field field :
        AnnotationSupport.findAnnotatedFields(
            type,
            InjectSandbox.class,
            f -> Modifier.isStatic(f.getModifiers()),
            HierarchyTraversalMode.TOP_DOWN)) {
      inject(field, null, sandbox, context);
    }
  }

  /**
   * Closes the class's sandbox and the clients it made.
   *
   * @param context the class's context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    PartnerSandbox sandbox = context.getStore(NAMESPACE).remove(key(context), PartnerSandbox.class);
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /**
   * Fills a test instance's fields marked {@link InjectSandbox}.
   *
   * @param instance the test instance
   * @param context the class's context
   */
  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context) {
    PartnerSandbox sandbox = sandbox(context);
    for (Field field :
        AnnotationSupport.findAnnotatedFields(
            instance.getClass(),
            InjectSandbox.class,
            f -> !Modifier.isStatic(f.getModifiers()),
            HierarchyTraversalMode.TOP_DOWN)) {
      inject(field, instance, sandbox, context);
    }
  }

  /**
   * Returns whether a parameter is one this extension fills.
   *
   * @param parameter the parameter
   * @param context the context
   * @return true for the injectable types
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.contains(parameter.getParameter().getType());
  }

  /**
   * Returns the value for a parameter.
   *
   * @param parameter the parameter
   * @param context the context
   * @return the sandbox or a client of it
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return value(
        parameter.getParameter().getType(),
        parameter.getParameter(),
        sandbox(context),
        context,
        "parameter " + parameter.getParameter().getName());
  }

  private void inject(
      Field field, Object instance, PartnerSandbox sandbox, ExtensionContext context) {
    Object value = value(field.getType(), field, sandbox, context, "field " + field.getName());
    try {
      field.setAccessible(true);
      field.set(instance, value);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "SandboxExtension could not set field " + field.getName() + ": " + e.getMessage(), e);
    }
  }

  private static Object value(
      Class<?> type,
      AnnotatedElement element,
      PartnerSandbox sandbox,
      ExtensionContext context,
      String where) {
    Optional<InjectSandbox> marker = AnnotationSupport.findAnnotation(element, InjectSandbox.class);
    if (type == PartnerSandbox.class) {
      return sandbox;
    }
    if (type == PartnerClient.class) {
      return sandbox.client(partner(marker, context));
    }
    if (type == SandboxPartnerClient.class) {
      return sandbox.partner(partner(marker, context));
    }
    if (type == SandboxCustomerClient.class) {
      String customer = marker.map(InjectSandbox::customer).orElse("");
      if (customer.isEmpty()) {
        throw new ExtensionConfigurationException(
            where
                + " is a SandboxCustomerClient; name its customer with @InjectSandbox(customer = ...)");
      }
      return sandbox.customer(customerId(customer));
    }
    throw new ExtensionConfigurationException(
        where
            + " has type "
            + type.getName()
            + "; @InjectSandbox fills PartnerSandbox, PartnerClient, SandboxPartnerClient and"
            + " SandboxCustomerClient");
  }

  private static PartnerId partner(Optional<InjectSandbox> marker, ExtensionContext context) {
    String named = marker.map(InjectSandbox::partner).orElse("");
    if (!named.isEmpty()) {
      return PartnerId.of(named);
    }
    return PartnerId.of(settings(context).map(SandboxTest::partner).orElse(DEFAULT_PARTNER));
  }

  private static CustomerId customerId(String text) {
    try {
      return CustomerId.parse(text);
    } catch (IllegalArgumentException notAGuid) {
      return CustomerId.fromName(text);
    }
  }

  private PartnerSandbox sandbox(ExtensionContext context) {
    ExtensionContext owner = classContext(context);
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(key(owner), key -> create(owner), PartnerSandbox.class);
  }

  /** Names the sandbox of one class: stores inherit their parents' values, nested classes too. */
  private static String key(ExtensionContext classContext) {
    return KEY + ":" + classContext.getRequiredTestClass().getName();
  }

  private PartnerSandbox create(ExtensionContext context) {
    PartnerSandbox.Builder builder = PartnerSandbox.builder();
    if (settings(context).map(SandboxTest::policy).filter(Era.MODERN::equals).isPresent()) {
      builder.policy(ProgramPolicy.modern());
    }
    configure.accept(builder);
    return builder.start();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private static Optional<SandboxTest> settings(ExtensionContext context) {
    for (Class<?> type = context.getTestClass().orElse(null);
        type != null;
        type = type.getEnclosingClass()) {
      Optional<SandboxTest> found = AnnotationSupport.findAnnotation(type, SandboxTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
