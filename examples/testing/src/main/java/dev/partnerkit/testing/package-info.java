/**
 * Fixtures for the tests of projects that use Partnerkit, published in the examples jar: add {@code
 * dev.partnerkit:partnerkit-testing} in test scope.
 *
 * <ul>
 *   <li>{@link dev.partnerkit.testing.Samples}: canonical, named sample data (the built-in sample
 *       catalog, partners, customers in each cloud, offers, a grant, a relationship) that stays the
 *       same in every release.
 *   <li>{@link dev.partnerkit.testing.ModelGenerators}: QuickTheories generators of valid values of
 *       every model type, and of invalid variants that each break one constraint and say where.
 *   <li>{@link dev.partnerkit.testing.ModelFactory}: the same values from a seeded {@link
 *       java.util.random.RandomGenerator}, for tests in any framework.
 *   <li>The embedded sandbox ({@code PartnerSandbox}), a local stand-in for Partner Center and
 *       Microsoft Graph with a movable clock and injectable faults; and, in the {@code scenario}
 *       subpackage, the runner for scenario files.
 * </ul>
 *
 * <p>The samples and every generated value are immutable and thread-safe; so are the generators. A
 * {@code ModelFactory} advances its random generator and belongs to one thread.
 */
package dev.partnerkit.testing;
