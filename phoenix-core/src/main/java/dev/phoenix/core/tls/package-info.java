/**
 * TLS between Phoenix and Docker engines: {@link dev.phoenix.core.tls.TlsContextFactory} turns
 * {@link dev.phoenix.api.endpoint.TlsMaterial} (PEM files under any names, RSA or EC keys in every
 * common form, encrypted or not) into a checked {@link dev.phoenix.core.tls.TlsContext} speaking TLS
 * 1.3 or 1.2 with hostname verification, and {@link dev.phoenix.core.tls.CertificateAuthority}
 * makes the certificates an engine and its clients need, with the engine's {@code daemon.json}.
 * The implementation ({@code internal}) reads and writes PEM through BouncyCastle, never registering
 * it as a JVM-wide provider.
 */
package dev.phoenix.core.tls;
