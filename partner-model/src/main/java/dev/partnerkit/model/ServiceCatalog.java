package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The services partners can offer, looked up by id.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} or {@link #of(Iterable)}. Two
 * services with one id fail on construction.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceCatalog.class)
@JsonDeserialize(as = ImmutableServiceCatalog.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ServiceCatalog {
  /**
   * Returns the services, in the order given.
   *
   * @return the services
   */
  List<@Valid Service> getServices();

  /**
   * Returns the services by id; computed once.
   *
   * @return an unmodifiable map
   */
  @Value.Lazy
  default Map<ServiceId, Service> byId() {
    Map<ServiceId, Service> map = new HashMap<>();
    for (Service service : getServices()) {
      map.put(service.getId(), service);
    }
    return Map.copyOf(map);
  }

  /**
   * Returns the service with the given id, if the catalog has it.
   *
   * @param id the service id
   * @return the service
   */
  default Optional<Service> find(ServiceId id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** Rejects two services with one id. */
  @Value.Check
  default void check() {
    java.util.Set<ServiceId> seen = new java.util.HashSet<>();
    for (Service service : getServices()) {
      if (!seen.add(service.getId())) {
        throw new IllegalArgumentException(
            "ServiceCatalog.services must have unique ids, but "
                + service.getId()
                + " appears twice");
      }
    }
  }

  /**
   * Returns a catalog of the given services.
   *
   * @param services the services
   * @return the catalog
   */
  static ServiceCatalog of(Iterable<? extends Service> services) {
    return builder().addAllServices(services).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableServiceCatalog.Builder builder() {
    return ImmutableServiceCatalog.builder();
  }
}
