package dev.partnerkit.store.json;

import dev.partnerkit.model.json.PartnerJackson3Module;
import java.util.List;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;

/**
 * Binds the rules' {@link dev.partnerkit.rules.Action}s on a Jackson 3 mapper, such as Spring Boot
 * 4's, as {@link ActionJacksonModule} does on Jackson 2 and from the same names. It registers
 * {@link PartnerJackson3Module} for the model types the actions carry, and is found through the
 * {@link java.util.ServiceLoader} ({@code JsonMapper.builder().findAndAddModules()}).
 *
 * <p>Changes no mapper-wide setting. Immutable and thread-safe.
 */
public final class ActionJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; public for {@link java.util.ServiceLoader}. */
  public ActionJackson3Module() {
    super("partnerkit-actions");
    ActionTypes.names().forEach((type, name) -> registerSubtypes(new NamedType(type, name)));
    ActionTypes.mixins().forEach(this::setMixInAnnotation);
  }

  @Override
  public String getModuleName() {
    return "partnerkit-actions";
  }

  // A fixed id: registering the module twice (by hand and through the ServiceLoader) keeps one.
  @Override
  public Object getRegistrationId() {
    return ActionJackson3Module.class.getName();
  }

  @Override
  public Iterable<? extends JacksonModule> getDependencies() {
    return List.of(new PartnerJackson3Module());
  }
}
