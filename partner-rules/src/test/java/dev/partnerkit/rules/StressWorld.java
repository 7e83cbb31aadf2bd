package dev.partnerkit.rules;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The shared world of a stress run: the partners and customers, a few hot customers that many
 * threads fight over, the program's clock and a board of recently sent invitations that any thread
 * may accept, decline or revoke.
 *
 * <p>Thread-safe once built.
 */
final class StressWorld {
  /** Partners {@code 0 .. CERTIFIED - 1} are enrolled in Cloud Essentials at the start. */
  static final double CERTIFIED_SHARE = 0.7;

  /** Every {@code CHINA_EVERY}th customer lives in the 21Vianet cloud, where the seed denies. */
  static final int CHINA_EVERY = 100;

  final List<PartnerId> partners;
  final int certified;
  final List<CustomerId> customers;
  final List<CustomerId> hot;

  /** The program's clock in epoch seconds; threads move it forward. */
  final AtomicLong clock = new AtomicLong(TestWorld.START.getEpochSecond());

  private final AtomicReferenceArray<Sent> board;

  /** An invitation or offer some thread sent, as the others need to know it. */
  record Sent(InvitationId id, PartnerId partner, CustomerId customer) {}

  StressWorld(int partnerCount, int customerCount, int hotCount, int boardSize) {
    List<PartnerId> p = new ArrayList<>(partnerCount);
    for (int i = 0; i < partnerCount; i++) {
      p.add(PartnerId.of(partnerName(i)));
    }
    List<CustomerId> c = new ArrayList<>(customerCount);
    for (int i = 0; i < customerCount; i++) {
      c.add(CustomerId.fromName(customerName(i)));
    }
    this.partners = List.copyOf(p);
    this.certified = (int) Math.round(partnerCount * CERTIFIED_SHARE);
    this.customers = List.copyOf(c);
    this.hot = List.copyOf(c.subList(0, Math.min(hotCount, customerCount)));
    this.board = new AtomicReferenceArray<>(boardSize);
  }

  static String partnerName(int i) {
    return String.format("p%03d", i);
  }

  static String customerName(int i) {
    return String.format("c%05d", i);
  }

  /** Returns the registration of partner {@code i}: certified ones are enrolled from the start. */
  Action.RegisterPartner registerPartner(int i) {
    return new Action.RegisterPartner(
        i < certified
            ? TestWorld.partner(partnerName(i), Cloud.GLOBAL, Program.CLOUD_ESSENTIALS)
            : TestWorld.partner(partnerName(i), Cloud.GLOBAL));
  }

  /** Returns the registration of customer {@code i}. */
  Action.RegisterCustomer registerCustomer(int i) {
    Cloud cloud = i % CHINA_EVERY == CHINA_EVERY - 1 ? Cloud.CHINA_21VIANET : Cloud.GLOBAL;
    return new Action.RegisterCustomer(TestWorld.customer(customerName(i), cloud));
  }

  /** Picks a customer, a hot one a quarter of the time so that threads collide on it. */
  CustomerId customer(SplittableRandom random) {
    return random.nextInt(4) == 0
        ? hot.get(random.nextInt(hot.size()))
        : customers.get(random.nextInt(customers.size()));
  }

  PartnerId partner(SplittableRandom random) {
    return partners.get(random.nextInt(partners.size()));
  }

  void post(SplittableRandom random, Sent sent) {
    board.set(random.nextInt(board.length()), sent);
  }

  /** Returns a recently sent invitation; empty while the board's slot is still empty. */
  Optional<Sent> pick(SplittableRandom random) {
    return Optional.ofNullable(board.get(random.nextInt(board.length())));
  }
}
