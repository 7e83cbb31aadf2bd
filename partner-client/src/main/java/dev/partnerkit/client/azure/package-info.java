/**
 * Tokens from Azure Identity: {@link dev.partnerkit.client.azure.AzureTokenProvider} adapts
 * azure-core's {@code TokenCredential}, such as {@code DefaultAzureCredential} or {@code
 * ClientSecretCredential}, to the client's {@link dev.partnerkit.client.TokenProvider}.
 *
 * <p>azure-core is an optional dependency of partner-client: an application that uses this package
 * adds {@code com.azure:azure-identity} (which brings azure-core); nothing else in the client loads
 * it.
 */
package dev.partnerkit.client.azure;
