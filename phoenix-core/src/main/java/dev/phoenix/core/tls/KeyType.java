package dev.phoenix.core.tls;

/** The kind of key a {@link CertificateAuthority} makes; both are signed with SHA-256. */
public enum KeyType {
  /** Elliptic curve P-256 (secp256r1): small and fast, the default. */
  EC_P256,
  /** RSA with a 2048-bit modulus, for peers that do not speak ECDSA. */
  RSA_2048
}
