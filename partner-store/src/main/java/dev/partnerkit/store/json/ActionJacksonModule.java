package dev.partnerkit.store.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.partnerkit.model.json.PartnerJacksonModule;
import java.util.List;

/**
 * Binds the rules' {@link dev.partnerkit.rules.Action}s on a Jackson 2 mapper: an action is a JSON
 * object naming its verb in {@code "do"}, such as {@code {"do": "accept", "invitation": "t1", "by":
 * {"type": "customer", "id": "..."}}}, with the scenario format's verb names. It registers {@link
 * PartnerJacksonModule} for the model types the actions carry, and is found through the {@link
 * java.util.ServiceLoader} ({@code ObjectMapper.findAndRegisterModules()}).
 *
 * <p>Changes no mapper-wide setting. Immutable and thread-safe.
 */
public final class ActionJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; public for {@link java.util.ServiceLoader}. */
  public ActionJacksonModule() {
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
  public Object getTypeId() {
    return ActionJacksonModule.class.getName();
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new PartnerJacksonModule());
  }
}
