package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestId;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxCustomerClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every answer is its own request's: two sandboxes on one store race service requests and
 * partner-of-record changes over HTTP, and each answer names what its request did, not what a read
 * after the commit found (before: with two instances 31 of 480 service requests were answered with
 * another request's number and title, and partner-of-record changes were answered 500 or with the
 * other partner). Run on a shared in-memory program and, when {@code PARTNERKIT_TEST_JDBC_URL} is
 * set, on PostgreSQL with two programs on one schema.
 */
class SandboxSharedAnswersTest {
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final PartnerId ADATUM = Samples.ADATUM.getId();

  @Test
  void racingServiceRequestsAreEachAnsweredWithTheirOwnNumberAndTitle_inMemory() throws Exception {
    try (SharedStore store = SharedStore.memory()) {
      serviceRequestsRace(store, 480);
    }
  }

  @Test
  void racingServiceRequestsAreEachAnsweredWithTheirOwnNumberAndTitle_onPostgres()
      throws Exception {
    try (SharedStore store = SharedStore.postgres()) {
      serviceRequestsRace(store, 480);
    }
  }

  @Test
  void racingPartnerOfRecordChangesAreEachAnsweredWithTheirOwnPartner_inMemory() throws Exception {
    try (SharedStore store = SharedStore.memory()) {
      partnerOfRecordRace(store, 300);
    }
  }

  @Test
  void racingPartnerOfRecordChangesAreEachAnsweredWithTheirOwnPartner_onPostgres()
      throws Exception {
    try (SharedStore store = SharedStore.postgres()) {
      partnerOfRecordRace(store, 300);
    }
  }

  @Test
  void identicalServiceRequestsAtOneTimeGetDistinctNumbersInTheOrderTheyWereFiled()
      throws Exception {
    try (SharedStore store = SharedStore.memory();
        PartnerSandbox a = start(store);
        PartnerSandbox b = start(store)) {
      // The default clock stands still: every request is filed at the same time.
      List<ServiceRequestId> sequential = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        sequential.add(a.customer(FABRIKAM).fileServiceRequest("Mail is slow").getId());
      }
      List<ServiceRequest> racing =
          race(40, i -> () -> (i % 2 == 0 ? a : b).customer(FABRIKAM).fileServiceRequest("Same"));

      assertThat(sequential)
          .containsExactly(
              ServiceRequestId.of("SR-1"),
              ServiceRequestId.of("SR-2"),
              ServiceRequestId.of("SR-3"));
      assertThat(racing).extracting(ServiceRequest::getId).doesNotHaveDuplicates().hasSize(40);
      assertThat(racing).allSatisfy(s -> assertThat(s.getTitle()).isEqualTo("Same"));
    }
  }

  private static void serviceRequestsRace(SharedStore store, int requests) throws Exception {
    try (PartnerSandbox a = start(store);
        PartnerSandbox b = start(store)) {
      List<SandboxCustomerClient> clients = List.of(a.customer(FABRIKAM), b.customer(FABRIKAM));
      List<ServiceRequest> answers =
          race(
              requests,
              i -> () -> clients.get(i % 2).fileServiceRequest("Request " + i + " of " + requests));

      Map<ServiceRequestId, String> answered = new HashMap<>();
      for (int i = 0; i < requests; i++) {
        ServiceRequest answer = answers.get(i);
        assertThat(answer.getTitle())
            .as("answer %d", i)
            .isEqualTo("Request " + i + " of " + requests);
        assertThat(answer.getCustomer()).isEqualTo(FABRIKAM);
        answered.put(answer.getId(), answer.getTitle());
      }
      Map<ServiceRequestId, String> stored = new HashMap<>();
      for (ServiceRequest s : a.program().customer(FABRIKAM).orElseThrow().serviceRequests()) {
        stored.put(s.getId(), s.getTitle());
      }
      assertThat(answered).hasSize(requests).isEqualTo(stored);
    }
  }

  private static void partnerOfRecordRace(SharedStore store, int changes) throws Exception {
    try (PartnerSandbox a = start(store);
        PartnerSandbox b = start(store)) {
      List<SandboxCustomerClient> clients = List.of(a.customer(FABRIKAM), b.customer(FABRIKAM));
      List<PartnerOfRecord> answers =
          race(changes, i -> () -> clients.get(i / 2 % 2).designatePartnerOfRecord(partner(i)));

      for (int i = 0; i < changes; i++) {
        assertThat(answers.get(i).getPartner()).as("answer %d", i).isEqualTo(partner(i));
        assertThat(answers.get(i).getCustomer()).isEqualTo(FABRIKAM);
      }
      PartnerId last = a.program().partnerOfRecord(FABRIKAM).orElseThrow().getPartner();
      assertThat(last).isIn(NORTHWIND, ADATUM);
    }
  }

  private static PartnerId partner(int i) {
    return i % 2 == 0 ? NORTHWIND : ADATUM;
  }

  static PartnerSandbox start(SharedStore store) {
    return PartnerSandbox.builder().programStore(store::open).start();
  }

  /** Runs the calls on 16 threads at once and returns their answers, in the calls' order. */
  static <T> List<T> race(int calls, Function<Integer, Callable<T>> call)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(pool.submit(call.apply(i)));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
