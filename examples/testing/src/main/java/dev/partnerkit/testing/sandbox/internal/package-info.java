/**
 * Not API: the sandbox's HTTP server, its handlers for Partner Center, Microsoft Graph, Azure
 * Resource Manager and the sandbox-only endpoints, its tokens and its own state. Use {@link
 * dev.partnerkit.testing.PartnerSandbox}; everything here may change without notice.
 */
package dev.partnerkit.testing.sandbox.internal;
