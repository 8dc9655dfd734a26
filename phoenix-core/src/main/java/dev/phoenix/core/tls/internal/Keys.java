package dev.phoenix.core.tls.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/** Key pairs made, and private keys matched against certificates, the same way everywhere. */
public final class Keys {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Keys() {
  }

  /** A new EC P-256 key pair, or RSA 2048 when {@code rsa}. */
  public static KeyPair generate(boolean rsa) {
    try {
      if (rsa) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot make " + (rsa ? "RSA 2048" : "EC P-256") + " keys", e);
    }
  }

  /** The SHA-256 signature algorithm for a key: {@code SHA256withRSA} or {@code SHA256withECDSA}. */
  public static String signatureAlgorithm(PrivateKey key) {
    return switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC", "ECDSA" -> "SHA256withECDSA";
      default -> throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
    };
  }

  /**
   * Whether {@code privateKey} is the other half of {@code publicKey}, proved by signing a random
   * challenge and verifying it: the same test for RSA and EC, with no key arithmetic of our own.
   */
  public static boolean match(PrivateKey privateKey, PublicKey publicKey) {
    if (!sameFamily(privateKey.getAlgorithm(), publicKey.getAlgorithm())) {
      return false;
    }
    try {
      byte[] challenge = new byte[32];
      RANDOM.nextBytes(challenge);
      String algorithm = signatureAlgorithm(privateKey);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(privateKey);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean sameFamily(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  private static String normalize(String algorithm) {
    return "ECDSA".equals(algorithm) ? "EC" : algorithm;
  }
}
