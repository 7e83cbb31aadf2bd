package dev.partnerkit.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.partnercenter.BenchPcPages;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcLink;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 2: a page of 100 Partner Center customers, decoded from the bytes the service sends into
 * the model, and encoded, beside the floor: plain Jackson binding the same bytes into hand-written
 * mutable classes ({@link PcPojos}) and writing them back.
 *
 * <p>Decoding is the client's path: its mapper reads the page into the wire types, then each {@link
 * PcCustomer#toModel(Cloud)} makes the model's {@link Customer}. Encoding is the client's path for
 * request bodies ({@link HttpEngine#toJson(Object)}) over the decoded wire page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class JsonBench {
  private static final int PAGE = 100;

  private final ObjectMapper plain =
      new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  /**
   * The client's settings without its hand-written customer readers and writers, and with the
   * parser's duplicate check: Jackson's generic binding as the client used it before them, the
   * measure of what they save (a diagnosis, not an option).
   */
  private final ObjectMapper generic = BenchPcPages.genericMapper();

  private byte[] body;
  private WirePage wirePage;
  private PcPojos.Page pojoPage;

  /** The page as the client would write it: the fields Partner Center sends. */
  record WirePage(
      int totalCount,
      List<PcCustomer> items,
      Map<String, PcLink> links,
      PcResourceAttributes attributes) {}

  /** Makes the page and checks that every customer maps to the model. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    body = PcDocuments.page(PAGE, 2026);
    List<Customer> model = decodeToModel();
    if (model.size() != PAGE) {
      throw new IllegalStateException("only " + model.size() + " of " + PAGE + " mapped");
    }
    wirePage =
        new WirePage(
            PAGE,
            BenchPcPages.customers(body),
            Map.of(
                "self", PcLink.builder().uri("/v1/customers?size=" + PAGE).method("GET").build()),
            PcResourceAttributes.builder().objectType("Collection").build());
    pojoPage = decodePojo();
    // The two encodings should carry the same fields; their sizes show whether they do.
    System.out.printf(
        "%npage of %d customers: %,d bytes; encoded by the client %,d, by plain Jackson %,d%n",
        PAGE, body.length, encodeWire().length, encodePojo().length);
  }

  /**
   * Decodes the page into the model, as the client does.
   *
   * @return the model's customers
   * @throws IOException never for this page
   */
  @Benchmark
  public List<Customer> decodeToModel() throws IOException {
    List<PcCustomer> wire = BenchPcPages.customers(body);
    List<Customer> customers = new ArrayList<>(wire.size());
    for (PcCustomer customer : wire) {
      customer.toModel(Cloud.GLOBAL).ifPresent(customers::add);
    }
    return customers;
  }

  /**
   * Decodes the page into the client's wire types only.
   *
   * @return the wire customers
   * @throws IOException never for this page
   */
  @Benchmark
  public List<PcCustomer> decodeToWire() throws IOException {
    return BenchPcPages.customers(body);
  }

  /**
   * Decodes the page into the wire types with Jackson's generic binding, as the client did before
   * its hand-written readers (a diagnosis, not an option).
   *
   * @return the wire customers
   * @throws IOException never for this page
   */
  @Benchmark
  public List<PcCustomer> decodeToWireGeneric() throws IOException {
    return BenchPcPages.customers(generic, body);
  }

  /**
   * The floor: binds the page into hand-written mutable classes with plain Jackson.
   *
   * @return the page
   * @throws IOException never for this page
   */
  @Benchmark
  public PcPojos.Page decodePojo() throws IOException {
    return plain.readValue(body, PcPojos.Page.class);
  }

  /**
   * Encodes the wire page as the client encodes request bodies.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeWire() {
    return HttpEngine.toJson(wirePage);
  }

  /**
   * Encodes the wire page with Jackson's generic bean serializers, as the client did before its
   * hand-written writers (a diagnosis, not an option).
   *
   * @return the bytes
   * @throws IOException never for this page
   */
  @Benchmark
  public byte[] encodeWireGeneric() throws IOException {
    return generic.writeValueAsBytes(wirePage);
  }

  /**
   * The floor: writes the hand-written classes with plain Jackson.
   *
   * @return the bytes
   * @throws IOException never for this page
   */
  @Benchmark
  public byte[] encodePojo() throws IOException {
    return plain.writeValueAsBytes(pojoPage);
  }
}
