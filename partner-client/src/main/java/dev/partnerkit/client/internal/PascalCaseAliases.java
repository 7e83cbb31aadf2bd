package dev.partnerkit.client.internal;

import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Not API: Jackson's own annotation introspector, plus one alias for every property whose name
 * starts with a lower-case letter: the same name with its first letter upper-cased, so that {@code
 * relationshipToPartner} also reads {@code RelationshipToPartner}.
 *
 * <p>Why: Partner Center writes camelCase, except where its .NET serializer's PascalCase shows
 * through (the answer to removing the reseller relationship, documented request bodies such as an
 * indirect reseller's order). An alias is one more key in the property table Jackson looks names up
 * in, so both spellings cost an exact lookup, where case-insensitive property names ({@code
 * MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES}) lower-case every name of every object read.
 * Other spellings ({@code RELATIONSHIPTOPARTNER}) are unknown fields, which are ignored (API-5).
 *
 * <p>The name comes from {@code @JsonProperty} (Immutables writes it on every attribute) or,
 * without one, from the record component or field the property is made of. Immutable and
 * thread-safe.
 */
final class PascalCaseAliases extends JacksonAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  @Override
  public List<PropertyName> findPropertyAliases(Annotated member) {
    List<PropertyName> aliases = super.findPropertyAliases(member);
    String name = nameOf(member);
    if (name == null || name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
      return aliases;
    }
    List<PropertyName> all = new ArrayList<>();
    if (aliases != null) {
      all.addAll(aliases);
    }
    all.add(PropertyName.construct(Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    return all;
  }

  /** Returns the property name a member stands for, or null when it does not say. */
  private String nameOf(Annotated member) {
    PropertyName explicit = findNameForDeserialization(member);
    if (explicit != null && explicit.hasSimpleName()) {
      return explicit.getSimpleName();
    }
    if (member instanceof AnnotatedParameter parameter
        && parameter.getOwner() instanceof AnnotatedConstructor constructor
        && constructor.getDeclaringClass().isRecord()) {
      RecordComponent[] components = constructor.getDeclaringClass().getRecordComponents();
      // Only the canonical constructor's parameters line up with the components.
      if (constructor.getParameterCount() != components.length) {
        return null;
      }
      for (int i = 0; i < components.length; i++) {
        if (constructor.getRawParameterType(i) != components[i].getType()) {
          return null;
        }
      }
      return components[parameter.getIndex()].getName();
    }
    if (member instanceof AnnotatedField field) {
      return field.getName();
    }
    return null;
  }
}
