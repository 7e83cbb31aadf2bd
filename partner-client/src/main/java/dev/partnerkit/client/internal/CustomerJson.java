package dev.partnerkit.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.partnerkit.client.partnercenter.ImmutablePcAddress;
import dev.partnerkit.client.partnercenter.ImmutablePcBillingProfile;
import dev.partnerkit.client.partnercenter.ImmutablePcCompanyProfile;
import dev.partnerkit.client.partnercenter.ImmutablePcCustomer;
import dev.partnerkit.client.partnercenter.ImmutablePcKeyValue;
import dev.partnerkit.client.partnercenter.ImmutablePcLink;
import dev.partnerkit.client.partnercenter.ImmutablePcResourceAttributes;
import dev.partnerkit.client.partnercenter.ImmutablePcUserCredentials;
import dev.partnerkit.client.partnercenter.PcAddress;
import dev.partnerkit.client.partnercenter.PcBillingProfile;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcKeyValue;
import dev.partnerkit.client.partnercenter.PcLink;
import dev.partnerkit.client.partnercenter.PcRelationshipToPartner;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.client.partnercenter.PcUserCredentials;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Not API: hand-written readers and writers for the wire types of a Partner Center customer ({@link
 * PcCustomer}, its profiles, address, credentials, links, headers and attributes), the types a
 * customer page is made of, registered in the client's mapper by {@link #module()}.
 *
 * <p>Why: Jackson binds an Immutables value through an intermediate mutable {@code Json} object,
 * with an {@code Optional} per field and reflective setters, lower-cases every field name when
 * names are case-insensitive, and the parser's duplicate check keeps a {@code HashSet} per object;
 * together they made decoding a page twice the cost of plain Jackson into mutable classes. These
 * readers go straight from the parser to the Immutables builder, match names exactly and only then
 * case-insensitively, refuse repeated names with a bit set ({@link CheckedObjects}), and hand every
 * value they do not expect (a wrong token, null, a number for a string) to the property's own
 * Jackson deserializer, so that coercions, defaults and errors stay Jackson's. The writers write
 * the same bytes as Jackson's bean serializers under the client's {@code NON_EMPTY} inclusion, and
 * step aside for any other inclusion. {@code CustomerJsonAgreementTest} checks both against the
 * generic path on generated documents.
 *
 * <p>Thread-safe; the module's readers and writers are immutable once resolved.
 */
public final class CustomerJson {
  private CustomerJson() {}

  /** How a field is read and written. */
  private enum Kind {
    /** {@code Optional<String>}. */
    STRING,
    /** {@code Optional<Boolean>}. */
    BOOLEAN,
    /** An optional scalar read by its Jackson deserializer, such as an enum. */
    SCALAR,
    /** An optional wire object of this module. */
    OBJECT,
    /** {@code List<String>}. */
    STRINGS,
    /** A list of wire objects of this module. */
    OBJECTS,
    /** {@code Map<String, PcLink>}. */
    LINKS
  }

  /**
   * Sets a field's value on a builder (an optional one through its {@code Optional} setter, which
   * the JIT inlines into the setter's lambda, so that no {@code Optional} is allocated), replacing
   * what an earlier spelling of the field set, as Jackson's setters did; null sets it absent or
   * empty.
   */
  private interface Setter<B> {
    void set(B builder, Object value);
  }

  /** Puts one link into a builder's map of links. */
  private interface Putter<B> {
    void put(B builder, String key, PcLink value);
  }

  /**
   * One field: its name, kind, the class of its values (nested, enum), how to set and get it, and
   * for links how to put one.
   */
  private record Field<B, T>(
      String name, Kind kind, Class<?> valueClass, Setter<B> setter, Putter<B> putter) {}

  /** One wire type: its Immutables class, builder and fields in the order Jackson writes them. */
  private record WireType<B, T>(
      Class<?> immutable,
      Supplier<B> builder,
      Function<B, T> build,
      List<Field<B, T>> fields,
      Body<T> body) {}

  /**
   * Writes a value's fields, in the order Jackson writes them, through a {@link Writer}'s helpers:
   * one call per object, with each getter's {@code Optional} inlined away.
   */
  private interface Body<T> {
    void write(Writer<?, T> w, T value, JsonGenerator g, SerializerProvider p) throws IOException;
  }

  private static <B, T> Field<B, T> field(String name, Kind kind, Setter<B> setter) {
    return new Field<>(name, kind, null, setter, null);
  }

  private static <B, T> Field<B, T> field(String name, Kind kind, Class<?> type, Setter<B> setter) {
    return new Field<>(name, kind, type, setter, null);
  }

  private static <B, T> Field<B, T> links(Setter<B> setter, Putter<B> putter) {
    return new Field<>("links", Kind.LINKS, ImmutablePcLink.class, setter, putter);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return (List<T>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, PcLink> links(Object value) {
    return (Map<String, PcLink>) value;
  }

  private static final WireType<ImmutablePcKeyValue.Builder, PcKeyValue> KEY_VALUE =
      new WireType<>(
          ImmutablePcKeyValue.class,
          ImmutablePcKeyValue::builder,
          ImmutablePcKeyValue.Builder::build,
          List.of(
              field("key", Kind.STRING, (b, v) -> b.key(Optional.ofNullable((String) v))),
              field("value", Kind.STRING, (b, v) -> b.value(Optional.ofNullable((String) v)))),
          (w, t, g, p) -> {
            w.string(g, 0, t.getKey().orElse(null));
            w.string(g, 1, t.getValue().orElse(null));
          });

  private static final WireType<ImmutablePcLink.Builder, PcLink> LINK =
      new WireType<>(
          ImmutablePcLink.class,
          ImmutablePcLink::builder,
          ImmutablePcLink.Builder::build,
          List.of(
              field("uri", Kind.STRING, (b, v) -> b.uri(Optional.ofNullable((String) v))),
              field("method", Kind.STRING, (b, v) -> b.method(Optional.ofNullable((String) v))),
              field(
                  "headers",
                  Kind.OBJECTS,
                  ImmutablePcKeyValue.class,
                  (b, v) -> b.headers(v == null ? List.of() : CustomerJson.<PcKeyValue>list(v)))),
          (w, t, g, p) -> {
            w.string(g, 0, t.getUri().orElse(null));
            w.string(g, 1, t.getMethod().orElse(null));
            w.objects(g, 2, t.getHeaders(), p);
          });

  private static final WireType<ImmutablePcResourceAttributes.Builder, PcResourceAttributes>
      ATTRIBUTES =
          new WireType<>(
              ImmutablePcResourceAttributes.class,
              ImmutablePcResourceAttributes::builder,
              ImmutablePcResourceAttributes.Builder::build,
              List.of(
                  field("etag", Kind.STRING, (b, v) -> b.etag(Optional.ofNullable((String) v))),
                  field(
                      "objectType",
                      Kind.STRING,
                      (b, v) -> b.objectType(Optional.ofNullable((String) v)))),
              (w, t, g, p) -> {
                w.string(g, 0, t.getEtag().orElse(null));
                w.string(g, 1, t.getObjectType().orElse(null));
              });

  private static final WireType<ImmutablePcUserCredentials.Builder, PcUserCredentials> CREDENTIALS =
      new WireType<>(
          ImmutablePcUserCredentials.class,
          ImmutablePcUserCredentials::builder,
          ImmutablePcUserCredentials.Builder::build,
          List.of(
              field("userName", Kind.STRING, (b, v) -> b.userName(Optional.ofNullable((String) v))),
              field(
                  "password", Kind.STRING, (b, v) -> b.password(Optional.ofNullable((String) v)))),
          (w, t, g, p) -> {
            w.string(g, 0, t.getUserName().orElse(null));
            w.string(g, 1, t.getPassword().orElse(null));
          });

  private static final WireType<ImmutablePcAddress.Builder, PcAddress> ADDRESS =
      new WireType<>(
          ImmutablePcAddress.class,
          ImmutablePcAddress::builder,
          ImmutablePcAddress.Builder::build,
          List.of(
              field(
                  "addressLine1",
                  Kind.STRING,
                  (b, v) -> b.addressLine1(Optional.ofNullable((String) v))),
              field(
                  "addressLine2",
                  Kind.STRING,
                  (b, v) -> b.addressLine2(Optional.ofNullable((String) v))),
              field(
                  "addressLine3",
                  Kind.STRING,
                  (b, v) -> b.addressLine3(Optional.ofNullable((String) v))),
              field("city", Kind.STRING, (b, v) -> b.city(Optional.ofNullable((String) v))),
              field("state", Kind.STRING, (b, v) -> b.state(Optional.ofNullable((String) v))),
              field(
                  "postalCode",
                  Kind.STRING,
                  (b, v) -> b.postalCode(Optional.ofNullable((String) v))),
              field("country", Kind.STRING, (b, v) -> b.country(Optional.ofNullable((String) v))),
              field("region", Kind.STRING, (b, v) -> b.region(Optional.ofNullable((String) v))),
              field(
                  "firstName", Kind.STRING, (b, v) -> b.firstName(Optional.ofNullable((String) v))),
              field("lastName", Kind.STRING, (b, v) -> b.lastName(Optional.ofNullable((String) v))),
              field(
                  "phoneNumber",
                  Kind.STRING,
                  (b, v) -> b.phoneNumber(Optional.ofNullable((String) v)))),
          (w, t, g, p) -> {
            w.string(g, 0, t.getAddressLine1().orElse(null));
            w.string(g, 1, t.getAddressLine2().orElse(null));
            w.string(g, 2, t.getAddressLine3().orElse(null));
            w.string(g, 3, t.getCity().orElse(null));
            w.string(g, 4, t.getState().orElse(null));
            w.string(g, 5, t.getPostalCode().orElse(null));
            w.string(g, 6, t.getCountry().orElse(null));
            w.string(g, 7, t.getRegion().orElse(null));
            w.string(g, 8, t.getFirstName().orElse(null));
            w.string(g, 9, t.getLastName().orElse(null));
            w.string(g, 10, t.getPhoneNumber().orElse(null));
          });

  private static final WireType<ImmutablePcCompanyProfile.Builder, PcCompanyProfile> COMPANY =
      new WireType<>(
          ImmutablePcCompanyProfile.class,
          ImmutablePcCompanyProfile::builder,
          ImmutablePcCompanyProfile.Builder::build,
          List.of(
              field("tenantId", Kind.STRING, (b, v) -> b.tenantId(Optional.ofNullable((String) v))),
              field("domain", Kind.STRING, (b, v) -> b.domain(Optional.ofNullable((String) v))),
              field(
                  "companyName",
                  Kind.STRING,
                  (b, v) -> b.companyName(Optional.ofNullable((String) v))),
              field(
                  "address",
                  Kind.OBJECT,
                  ImmutablePcAddress.class,
                  (b, v) -> b.address(Optional.ofNullable((PcAddress) v))),
              field("email", Kind.STRING, (b, v) -> b.email(Optional.ofNullable((String) v))),
              field(
                  "organizationRegistrationNumber",
                  Kind.STRING,
                  (b, v) -> b.organizationRegistrationNumber(Optional.ofNullable((String) v))),
              links(
                  (b, v) -> b.links(v == null ? Map.of() : links(v)), (b, k, v) -> b.putLink(k, v)),
              field(
                  "attributes",
                  Kind.OBJECT,
                  ImmutablePcResourceAttributes.class,
                  (b, v) -> b.attributes(Optional.ofNullable((PcResourceAttributes) v)))),
          (w, t, g, p) -> {
            w.string(g, 0, t.getTenantId().orElse(null));
            w.string(g, 1, t.getDomain().orElse(null));
            w.string(g, 2, t.getCompanyName().orElse(null));
            w.value(g, 3, t.getAddress().orElse(null), p);
            w.string(g, 4, t.getEmail().orElse(null));
            w.string(g, 5, t.getOrganizationRegistrationNumber().orElse(null));
            w.links(g, 6, t.getLinks(), p);
            w.value(g, 7, t.getAttributes().orElse(null), p);
          });

  private static final WireType<ImmutablePcBillingProfile.Builder, PcBillingProfile> BILLING =
      new WireType<>(
          ImmutablePcBillingProfile.class,
          ImmutablePcBillingProfile::builder,
          ImmutablePcBillingProfile.Builder::build,
          List.of(
              field("id", Kind.STRING, (b, v) -> b.id(Optional.ofNullable((String) v))),
              field(
                  "firstName", Kind.STRING, (b, v) -> b.firstName(Optional.ofNullable((String) v))),
              field("lastName", Kind.STRING, (b, v) -> b.lastName(Optional.ofNullable((String) v))),
              field("email", Kind.STRING, (b, v) -> b.email(Optional.ofNullable((String) v))),
              field("culture", Kind.STRING, (b, v) -> b.culture(Optional.ofNullable((String) v))),
              field("language", Kind.STRING, (b, v) -> b.language(Optional.ofNullable((String) v))),
              field(
                  "companyName",
                  Kind.STRING,
                  (b, v) -> b.companyName(Optional.ofNullable((String) v))),
              field(
                  "defaultAddress",
                  Kind.OBJECT,
                  ImmutablePcAddress.class,
                  (b, v) -> b.defaultAddress(Optional.ofNullable((PcAddress) v))),
              links(
                  (b, v) -> b.links(v == null ? Map.of() : links(v)), (b, k, v) -> b.putLink(k, v)),
              field(
                  "attributes",
                  Kind.OBJECT,
                  ImmutablePcResourceAttributes.class,
                  (b, v) -> b.attributes(Optional.ofNullable((PcResourceAttributes) v)))),
          (w, t, g, p) -> {
            w.string(g, 0, t.getId().orElse(null));
            w.string(g, 1, t.getFirstName().orElse(null));
            w.string(g, 2, t.getLastName().orElse(null));
            w.string(g, 3, t.getEmail().orElse(null));
            w.string(g, 4, t.getCulture().orElse(null));
            w.string(g, 5, t.getLanguage().orElse(null));
            w.string(g, 6, t.getCompanyName().orElse(null));
            w.value(g, 7, t.getDefaultAddress().orElse(null), p);
            w.links(g, 8, t.getLinks(), p);
            w.value(g, 9, t.getAttributes().orElse(null), p);
          });

  private static final WireType<ImmutablePcCustomer.Builder, PcCustomer> CUSTOMER =
      new WireType<>(
          ImmutablePcCustomer.class,
          ImmutablePcCustomer::builder,
          ImmutablePcCustomer.Builder::build,
          List.of(
              field("id", Kind.STRING, (b, v) -> b.id(Optional.ofNullable((String) v))),
              field(
                  "commerceId",
                  Kind.STRING,
                  (b, v) -> b.commerceId(Optional.ofNullable((String) v))),
              field(
                  "companyProfile",
                  Kind.OBJECT,
                  ImmutablePcCompanyProfile.class,
                  (b, v) -> b.companyProfile(Optional.ofNullable((PcCompanyProfile) v))),
              field(
                  "billingProfile",
                  Kind.OBJECT,
                  ImmutablePcBillingProfile.class,
                  (b, v) -> b.billingProfile(Optional.ofNullable((PcBillingProfile) v))),
              field(
                  "relationshipToPartner",
                  Kind.SCALAR,
                  PcRelationshipToPartner.class,
                  (b, v) ->
                      b.relationshipToPartner(Optional.ofNullable((PcRelationshipToPartner) v))),
              field(
                  "allowDelegatedAccess",
                  Kind.BOOLEAN,
                  (b, v) -> b.allowDelegatedAccess(Optional.ofNullable((Boolean) v))),
              field(
                  "userCredentials",
                  Kind.OBJECT,
                  ImmutablePcUserCredentials.class,
                  (b, v) -> b.userCredentials(Optional.ofNullable((PcUserCredentials) v))),
              field(
                  "customDomains",
                  Kind.STRINGS,
                  (b, v) -> b.customDomains(v == null ? List.of() : CustomerJson.<String>list(v))),
              field(
                  "associatedPartnerId",
                  Kind.STRING,
                  (b, v) -> b.associatedPartnerId(Optional.ofNullable((String) v))),
              links(
                  (b, v) -> b.links(v == null ? Map.of() : links(v)), (b, k, v) -> b.putLink(k, v)),
              field(
                  "attributes",
                  Kind.OBJECT,
                  ImmutablePcResourceAttributes.class,
                  (b, v) -> b.attributes(Optional.ofNullable((PcResourceAttributes) v)))),
          (w, t, g, p) -> {
            w.string(g, 0, t.getId().orElse(null));
            w.string(g, 1, t.getCommerceId().orElse(null));
            w.value(g, 2, t.getCompanyProfile().orElse(null), p);
            w.value(g, 3, t.getBillingProfile().orElse(null), p);
            w.value(g, 4, t.getRelationshipToPartner().orElse(null), p);
            w.bool(g, 5, t.getAllowDelegatedAccess().orElse(null));
            w.value(g, 6, t.getUserCredentials().orElse(null), p);
            w.strings(g, 7, t.getCustomDomains());
            w.string(g, 8, t.getAssociatedPartnerId().orElse(null));
            w.links(g, 9, t.getLinks(), p);
            w.value(g, 10, t.getAttributes().orElse(null), p);
          });

  private static final List<WireType<?, ?>> TYPES =
      List.of(KEY_VALUE, LINK, ATTRIBUTES, CREDENTIALS, ADDRESS, COMPANY, BILLING, CUSTOMER);

  private static WireType<?, ?> typeOf(Class<?> beanClass) {
    for (WireType<?, ?> type : TYPES) {
      if (type.immutable() == beanClass) {
        return type;
      }
    }
    return null;
  }

  /**
   * Returns the module that installs the readers and writers.
   *
   * @return a new module
   */
  public static Module module() {
    SimpleModule module = new SimpleModule("partnerkit-customer-wire");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            WireType<?, ?> type = typeOf(beanDesc.getBeanClass());
            return type == null || !(deserializer instanceof BeanDeserializerBase)
                ? deserializer
                : new Reader<>(type, deserializer, null);
          }
        });
    module.setSerializerModifier(
        new BeanSerializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonSerializer<?> modifySerializer(
              SerializationConfig config, BeanDescription beanDesc, JsonSerializer<?> serializer) {
            WireType<?, ?> type = typeOf(beanDesc.getBeanClass());
            if (type == null
                || config.isEnabled(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
                || config.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                || config.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)) {
              return serializer;
            }
            JsonInclude.Value inclusion =
                beanDesc.findPropertyInclusion(
                    config.getDefaultPropertyInclusion(beanDesc.getBeanClass()));
            if (inclusion.getValueInclusion() != JsonInclude.Include.NON_EMPTY) {
              return serializer;
            }
            JsonInclude.Include content = inclusion.getContentInclusion();
            boolean omitEmptyStrings = content == JsonInclude.Include.NON_EMPTY;
            if (!omitEmptyStrings
                && content != JsonInclude.Include.USE_DEFAULTS
                && content != JsonInclude.Include.ALWAYS
                && content != JsonInclude.Include.NON_NULL
                && content != JsonInclude.Include.NON_ABSENT) {
              return serializer;
            }
            return new Writer<>(type, omitEmptyStrings);
          }
        });
    return module;
  }

  /**
   * Returns whether a deserializer refuses repeated names in every object it reads.
   *
   * @param deserializer a deserializer of the mapper
   * @return true for this module's readers of a closed tree of types
   */
  public static boolean checksEveryObject(JsonDeserializer<?> deserializer) {
    return deserializer instanceof CheckedObjects.SelfChecking s && s.checksEveryObject();
  }

  /**
   * Reads a JSON object of links ({@code Map<String, PcLink>}) at the parser's START_OBJECT as
   * Jackson's map deserializer would, but refusing a repeated key.
   *
   * @param p the parser at START_OBJECT
   * @param ctxt the context
   * @param link the mapper's deserializer for {@link ImmutablePcLink}
   * @return the links, in document order
   * @throws IOException when the object is malformed, repeats a key or holds a bad link
   */
  public static Map<String, Object> readLinks(
      JsonParser p, DeserializationContext ctxt, JsonDeserializer<Object> link) throws IOException {
    return Reader.readLinks(link, p, ctxt);
  }

  /**
   * Reads one wire type from the parser into its Immutables builder; anything but an object goes to
   * Jackson's own deserializer for the type.
   */
  private static final class Reader<B, T> extends DelegatingDeserializer
      implements CheckedObjects.SelfChecking {
    private static final long serialVersionUID = 1L;

    private final transient WireType<B, T> type;
    private transient Resolved resolved;

    /** What resolving finds: the names, and for each field its Jackson property and reader. */
    private static final class Resolved {
      CheckedObjects.Names names;
      SettableBeanProperty[] properties;
      Reader<?, ?>[] nested;
      JsonDeserializer<Object>[] contents;
    }

    Reader(WireType<B, T> type, JsonDeserializer<?> fallback, Resolved resolved) {
      super(fallback);
      this.type = type;
      this.resolved = resolved;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Reader<>(type, newDelegatee, resolved);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      super.resolve(ctxt);
      if (resolved != null) {
        return;
      }
      // The fields' own Jackson properties are those of the Immutables "Json" class that the
      // generated creator delegates to, so the fallback reads exactly as before.
      JavaType delegateType =
          ((BeanDeserializerBase) _delegatee)
              .getValueInstantiator()
              .getDelegateType(ctxt.getConfig());
      BeanDeserializerBase bean =
          (BeanDeserializerBase) ctxt.findRootValueDeserializer(delegateType);
      List<Field<B, T>> fields = type.fields();
      Resolved r = new Resolved();
      r.names =
          new CheckedObjects.Names(
              ctxt.getConfig().getLocale(),
              fields.stream().map(Field::name).toArray(String[]::new));
      r.properties = new SettableBeanProperty[fields.size()];
      r.nested = new Reader<?, ?>[fields.size()];
      r.contents = new JsonDeserializer[fields.size()];
      for (int i = 0; i < fields.size(); i++) {
        Field<B, T> field = fields.get(i);
        r.properties[i] = bean.findProperty(field.name());
        if (r.properties[i] == null) {
          throw JsonMappingException.from(
              ctxt, "No property " + field.name() + " in " + delegateType);
        }
        if (field.kind() == Kind.OBJECT || field.kind() == Kind.LINKS) {
          JsonDeserializer<Object> nested =
              ctxt.findRootValueDeserializer(ctxt.constructType(field.valueClass()));
          r.contents[i] = nested;
          if (nested instanceof Reader<?, ?> reader) {
            r.nested[i] = reader;
          }
        }
      }
      resolved = r;
    }

    @Override
    public boolean checksEveryObject() {
      Resolved r = resolved;
      if (r == null) {
        return false;
      }
      List<Field<B, T>> fields = type.fields();
      for (int i = 0; i < fields.size(); i++) {
        Kind kind = fields.get(i).kind();
        if ((kind == Kind.OBJECT || kind == Kind.LINKS)
            && (r.nested[i] == null || !r.nested[i].checksEveryObject())) {
          return false;
        }
        if (kind == Kind.OBJECTS && !contentChecks(r.properties[i])) {
          return false;
        }
      }
      return true;
    }

    private static boolean contentChecks(SettableBeanProperty property) {
      JsonDeserializer<Object> list = property.getValueDeserializer();
      return list instanceof ContainerDeserializerBase<?> c
          && c.getContentDeserializer() instanceof CheckedObjects.SelfChecking s
          && s.checksEveryObject();
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.isExpectedStartObjectToken() && resolved != null) {
        return read(p, ctxt);
      }
      return _delegatee.deserialize(p, ctxt);
    }

    /** Reads the object at the parser's START_OBJECT, as Jackson's vanilla bean reading does. */
    T read(JsonParser p, DeserializationContext ctxt) throws IOException {
      Resolved r = resolved;
      List<Field<B, T>> fields = type.fields();
      B builder = type.builder().get();
      long seen = 0;
      String other = null;
      Set<String> others = null;
      boolean folding = ctxt.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES);
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        int i = r.names.exactIndex(key);
        if (i >= 0) {
          long bit = 1L << i;
          if ((seen & bit) != 0) {
            throw CheckedObjects.duplicate(p, key);
          }
          seen |= bit;
        } else {
          // Names other than the canonical ones are rare (other spellings, unknown fields), so
          // a set is made only for the second of them in an object.
          if (others != null) {
            if (!others.add(key)) {
              throw CheckedObjects.duplicate(p, key);
            }
          } else if (other == null) {
            other = key;
          } else if (other.equals(key)) {
            throw CheckedObjects.duplicate(p, key);
          } else {
            others = new HashSet<>();
            others.add(other);
            others.add(key);
          }
          if (folding) {
            i = r.names.foldedIndex(key, ctxt.getConfig().getLocale());
          }
        }
        p.nextToken();
        if (i < 0) {
          CheckedObjects.skipChecked(p);
          continue;
        }
        try {
          Field<B, T> field = fields.get(i);
          if (field.kind() == Kind.LINKS
              && p.hasToken(JsonToken.START_OBJECT)
              && resolved.nested[i] != null) {
            // Straight into the builder's own map: no map of ours to copy.
            field.setter().set(builder, null);
            readLinks(resolved.nested[i], p, ctxt, builder, field.putter());
          } else {
            field.setter().set(builder, value(i, field.kind(), p, ctxt));
          }
        } catch (Exception e) {
          throw CheckedObjects.wrap(e, type.immutable(), key, ctxt);
        }
      }
      return type.build().apply(builder);
    }

    /** Returns a field's plain value, or null for none. */
    private Object value(int i, Kind kind, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonToken token = p.currentToken();
      switch (kind) {
        case STRING:
          if (token == JsonToken.VALUE_STRING) {
            return p.getText();
          }
          break;
        case BOOLEAN:
          if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          break;
        case OBJECT:
          if (token == JsonToken.START_OBJECT && resolved.nested[i] != null) {
            return resolved.nested[i].read(p, ctxt);
          }
          break;
        default:
          break;
      }
      Object value = resolved.properties[i].deserialize(p, ctxt);
      return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    /**
     * Reads a map of links into a builder, as {@link #readLinks(JsonDeserializer, JsonParser,
     * DeserializationContext)} does.
     */
    private static <B> void readLinks(
        Reader<?, ?> link, JsonParser p, DeserializationContext ctxt, B builder, Putter<B> putter)
        throws IOException {
      String first = null;
      Set<String> keys = null;
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        if (first == null) {
          first = key;
        } else {
          if (keys == null) {
            keys = new HashSet<>();
            keys.add(first);
          }
          if (!keys.add(key)) {
            throw CheckedObjects.duplicate(p, key);
          }
        }
        JsonToken token = p.nextToken();
        try {
          if (token == JsonToken.START_OBJECT) {
            putter.put(builder, key, (PcLink) link.read(p, ctxt));
          } else if (token == JsonToken.VALUE_NULL) {
            throw InvalidNullException.from(ctxt, null, ctxt.constructType(PcLink.class));
          } else {
            putter.put(builder, key, (PcLink) link._delegatee.deserialize(p, ctxt));
          }
        } catch (Exception e) {
          throw CheckedObjects.wrapEntry(e, builder, key, ctxt);
        }
      }
    }

    /**
     * Reads a map of links as Jackson's map deserializer does, refusing a repeated key (the map
     * itself is the set of keys seen) and a null value (content nulls fail).
     */
    static Map<String, Object> readLinks(
        JsonDeserializer<Object> content, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      Reader<?, ?> link = content instanceof Reader<?, ?> r && r.resolved != null ? r : null;
      Map<String, Object> map = new LinkedHashMap<>();
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        if (map.containsKey(key)) {
          throw CheckedObjects.duplicate(p, key);
        }
        JsonToken token = p.nextToken();
        try {
          Object value;
          if (token == JsonToken.START_OBJECT && link != null) {
            value = link.read(p, ctxt);
          } else if (token == JsonToken.VALUE_NULL) {
            throw InvalidNullException.from(ctxt, null, ctxt.constructType(PcLink.class));
          } else {
            value = content.deserialize(p, ctxt);
          }
          map.put(key, value);
        } catch (Exception e) {
          throw CheckedObjects.wrapEntry(e, map, key, ctxt);
        }
      }
      return map;
    }
  }

  /** Writes one wire type as Jackson's bean serializer does under {@code NON_EMPTY} inclusion. */
  private static final class Writer<B, T> extends StdSerializer<Object>
      implements ResolvableSerializer {
    private static final long serialVersionUID = 1L;

    private final transient WireType<B, T> type;
    private final boolean omitEmptyStrings;
    private final SerializedString[] names;
    private transient JsonSerializer<Object>[] serializers;

    @SuppressWarnings("unchecked")
    Writer(WireType<B, T> type, boolean omitEmptyStrings) {
      super((Class<Object>) type.immutable());
      this.type = type;
      this.omitEmptyStrings = omitEmptyStrings;
      this.names =
          type.fields().stream()
              .map(f -> new SerializedString(f.name()))
              .toArray(SerializedString[]::new);
      this.serializers = new JsonSerializer[type.fields().size()];
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      List<Field<B, T>> fields = type.fields();
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).valueClass() != null) {
          serializers[i] = provider.findValueSerializer(fields.get(i).valueClass());
        }
      }
    }

    /** Returns the field's resolved serializer, or Jackson's for a value of another class. */
    private JsonSerializer<Object> serializerFor(int i, Object v, SerializerProvider provider)
        throws JsonMappingException {
      return v.getClass() == type.fields().get(i).valueClass()
          ? serializers[i]
          : provider.findValueSerializer(v.getClass());
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      @SuppressWarnings("unchecked")
      T bean = (T) value;
      gen.writeStartObject(value);
      type.body().write(this, bean, gen, provider);
      gen.writeEndObject();
    }

    // The bodies unwrap each getter's Optional before calling these: they are too large once
    // compiled for the JIT to inline, and an Optional passed to them would be allocated.

    void string(JsonGenerator gen, int i, String value) throws IOException {
      if (value != null && !(omitEmptyStrings && value.isEmpty())) {
        gen.writeFieldName(names[i]);
        gen.writeString(value);
      }
    }

    void bool(JsonGenerator gen, int i, Boolean value) throws IOException {
      if (value != null) {
        gen.writeFieldName(names[i]);
        gen.writeBoolean(value);
      }
    }

    void value(JsonGenerator gen, int i, Object value, SerializerProvider provider)
        throws IOException {
      if (value != null) {
        gen.writeFieldName(names[i]);
        serializerFor(i, value, provider).serialize(value, gen, provider);
      }
    }

    void strings(JsonGenerator gen, int i, List<String> values) throws IOException {
      if (!values.isEmpty()) {
        gen.writeFieldName(names[i]);
        gen.writeStartArray(values, values.size());
        for (String s : values) {
          gen.writeString(s);
        }
        gen.writeEndArray();
      }
    }

    void objects(JsonGenerator gen, int i, List<?> values, SerializerProvider provider)
        throws IOException {
      if (!values.isEmpty()) {
        gen.writeFieldName(names[i]);
        gen.writeStartArray(values, values.size());
        for (Object item : values) {
          serializerFor(i, item, provider).serialize(item, gen, provider);
        }
        gen.writeEndArray();
      }
    }

    void links(JsonGenerator gen, int i, Map<String, PcLink> links, SerializerProvider provider)
        throws IOException {
      if (!links.isEmpty()) {
        gen.writeFieldName(names[i]);
        gen.writeStartObject(links);
        for (Map.Entry<String, PcLink> entry : links.entrySet()) {
          gen.writeFieldName(entry.getKey());
          PcLink link = entry.getValue();
          serializerFor(i, link, provider).serialize(link, gen, provider);
        }
        gen.writeEndObject();
      }
    }
  }
}
