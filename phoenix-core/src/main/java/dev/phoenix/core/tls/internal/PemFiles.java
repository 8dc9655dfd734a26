package dev.phoenix.core.tls.internal;

import dev.phoenix.api.endpoint.TlsConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.EncryptionException;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Certificates and private keys read from PEM files under any name. Keys may be RSA or EC, in
 * PKCS#1 ({@code RSA PRIVATE KEY}), SEC1 ({@code EC PRIVATE KEY}) or PKCS#8 ({@code PRIVATE KEY})
 * form, encrypted as PKCS#8 ({@code ENCRYPTED PRIVATE KEY}) or as legacy OpenSSL PEM
 * ({@code Proc-Type: 4,ENCRYPTED}). Every failure is a {@link TlsConfigurationException} naming the
 * file, what is wrong with it and the fix; no key material ever reaches a message.
 */
public final class PemFiles {
  // Used only as an argument, never registered: Phoenix leaves the JVM's provider list alone.
  static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private PemFiles() {
  }

  /**
   * The certificates in {@code file}, in file order (a chain starts with its leaf).
   *
   * @param role what the file is for, for messages: {@code "CA certificate"}
   */
  public static List<X509Certificate> certificates(Path file, String role) {
    List<Object> objects = parse(file, role);
    List<X509Certificate> certificates = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    for (Object object : objects) {
      if (object instanceof X509CertificateHolder holder) {
        try {
          certificates.add(converter.getCertificate(holder));
        } catch (CertificateException e) {
          throw problem(file, "the " + role + " in it is malformed (" + e.getMessage() + ")",
              "replace it with a valid PEM certificate", e);
        }
      } else if (isKey(object)) {
        throw problem(file, "holds a private key where the " + role + " was expected",
            "point the " + role + " setting at the certificate file (BEGIN CERTIFICATE), not the key", null);
      }
    }
    if (certificates.isEmpty()) {
      throw problem(file, "holds no certificate (no BEGIN CERTIFICATE block) where the " + role + " was expected",
          "point the " + role + " setting at a PEM certificate file", null);
    }
    return List.copyOf(certificates);
  }

  /**
   * The private key in {@code file}.
   *
   * @param password the password of an encrypted key, or null
   */
  public static PrivateKey privateKey(Path file, String password) {
    List<Object> objects = parse(file, "private key");
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    boolean sawCertificate = false;
    for (Object object : objects) {
      try {
        if (object instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
        if (object instanceof PEMKeyPair pair) {
          return converter.getKeyPair(pair).getPrivate();
        }
        if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
          requirePassword(file, password);
          PrivateKeyInfo info = encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
              .setProvider(BOUNCY_CASTLE).build(password.toCharArray()));
          return converter.getPrivateKey(info);
        }
        if (object instanceof PEMEncryptedKeyPair encrypted) {
          requirePassword(file, password);
          PEMKeyPair pair = encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
              .setProvider(BOUNCY_CASTLE).build(password.toCharArray()));
          return converter.getKeyPair(pair).getPrivate();
        }
      } catch (PKCSException | EncryptionException e) {
        throw problem(file, "the private key could not be decrypted: the password is wrong",
            "give the password the key was encrypted with", e);
      } catch (OperatorCreationException e) {
        throw problem(file, "the private key is encrypted with an algorithm that is not supported",
            "re-encrypt it: openssl pkcs8 -topk8 -v2 aes-256-cbc -in KEY -out KEY.new", e);
      } catch (IOException e) {
        throw problem(file, "the private key is malformed or its password is wrong",
            "check the password, or write the key again (openssl pkey -in KEY -out KEY.new)", e);
      } catch (TlsConfigurationException e) {
        throw e;
      } catch (RuntimeException e) {
        // BouncyCastle reports some bad decryptions (garbage after a wrong password) as runtime errors.
        throw problem(file, "the private key could not be read: the password is wrong or the key is malformed",
            "check the password and that the file holds an RSA or EC private key", e);
      }
      sawCertificate |= object instanceof X509CertificateHolder;
    }
    if (sawCertificate) {
      throw problem(file, "holds a certificate where a private key was expected",
          "point the key setting at the private key file (BEGIN PRIVATE KEY, BEGIN RSA PRIVATE KEY or BEGIN EC "
              + "PRIVATE KEY), not the certificate", null);
    }
    throw problem(file, "holds no private key",
        "point the key setting at a PEM private key file (RSA or EC, PKCS#1, PKCS#8 or SEC1)", null);
  }

  private static void requirePassword(Path file, String password) {
    if (password == null) {
      throw problem(file, "the private key is encrypted and no password was given",
          "give the key's password, or decrypt the key (openssl pkey -in KEY -out KEY.plain)", null);
    }
  }

  private static boolean isKey(Object object) {
    return object instanceof PrivateKeyInfo || object instanceof PEMKeyPair
        || object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair;
  }

  private static List<Object> parse(Path file, String role) {
    String text = read(file, role);
    List<Object> objects = new ArrayList<>();
    try (Reader reader = new StringReader(text); PEMParser parser = new PEMParser(reader)) {
      for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
        objects.add(object);
      }
    } catch (IOException | RuntimeException e) {
      throw problem(file, "is not valid PEM (" + safeReason(e) + ")",
          "the " + role + " must be a PEM file; convert a DER file with openssl (x509 or pkey -inform DER)", e);
    }
    if (objects.isEmpty()) {
      throw problem(file, "is not PEM: it holds no -----BEGIN ...----- block",
          "the " + role + " must be a PEM file; convert a DER file with openssl (x509 or pkey -inform DER)", null);
    }
    return objects;
  }

  private static String read(Path file, String role) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw problem(file, "the " + role + " file does not exist", "create it, or point the setting at the right file",
          e);
    } catch (AccessDeniedException e) {
      throw problem(file, "the " + role + " file cannot be read: permission denied",
          "let the user running Phoenix read it (keys: owner-only, chmod 600)", e);
    } catch (IOException e) {
      throw problem(file, "the " + role + " file cannot be read (" + e.getClass().getSimpleName() + ")",
          "point the setting at a readable PEM file", e);
    }
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  // Parser messages can quote the offending line, which may be key material: the message keeps only the type.
  private static String safeReason(Exception e) {
    return e.getClass().getSimpleName();
  }

  static TlsConfigurationException problem(Path file, String what, String fix, Throwable cause) {
    return new TlsConfigurationException(file.toString(), what, fix, cause);
  }
}
