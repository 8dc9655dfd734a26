package dev.phoenix.core.tls.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/** X.509 certificates for a CA, a Docker engine and its clients, signed with SHA-256, and their PEM form. */
public final class CertificateIssuer {
  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateIssuer() {
  }

  /** The kind of certificate. */
  public enum Kind {
    /** A certificate authority: keyCertSign and cRLSign. */
    AUTHORITY,
    /** A TLS server: serverAuth, names in the subject alternative names. */
    SERVER,
    /** A TLS client: clientAuth. */
    CLIENT
  }

  /**
   * A certificate request, signed by {@code issuerKey}.
   *
   * @param issuer the CA certificate, or null for a self-signed CA
   */
  public static X509Certificate issue(Kind kind, String commonName, List<String> dnsNames, List<String> ipAddresses,
      PublicKey subjectKey, X509Certificate issuer, PrivateKey issuerKey, Instant notBefore, Instant notAfter) {
    X500Principal subject = new X500Principal(new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.CN, commonName).build().toString());
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
          issuer == null ? subject : issuer.getSubjectX500Principal(), serial(), Date.from(notBefore),
          Date.from(notAfter), subject, subjectKey);
      builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
      if (issuer != null) {
        builder.addExtension(Extension.authorityKeyIdentifier, false,
            extensions.createAuthorityKeyIdentifier(issuer));
      }
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(kind == Kind.AUTHORITY));
      switch (kind) {
        case AUTHORITY -> builder.addExtension(Extension.keyUsage, true,
            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        case SERVER -> {
          builder.addExtension(Extension.keyUsage, true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
          builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
          builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(dnsNames, ipAddresses));
        }
        case CLIENT -> {
          builder.addExtension(Extension.keyUsage, true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
          builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        }
      }
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder(Keys.signatureAlgorithm(issuerKey)).build(issuerKey)));
    } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
      throw new IllegalStateException("the certificate for " + commonName + " could not be made", e);
    }
  }

  /** The certificate in PEM form. */
  public static String pem(X509Certificate certificate) {
    return write(certificate);
  }

  /** The private key in unencrypted PKCS#8 PEM form ({@code BEGIN PRIVATE KEY}), as Docker reads it. */
  public static String pem(PrivateKey key) {
    try {
      return write(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(Object object) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException("PEM encoding failed in memory", e);
    }
    return text.toString();
  }

  private static GeneralNames alternativeNames(List<String> dnsNames, List<String> ipAddresses) {
    List<GeneralName> names = new ArrayList<>();
    dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
    for (String address : ipAddresses) {
      if (!IPAddress.isValid(address)) {
        throw new IllegalArgumentException("not an IP address: " + address);
      }
      names.add(new GeneralName(GeneralName.iPAddress, address));
    }
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  // Positive, 159 random bits: unique without a counter, within the 20 octets RFC 5280 allows.
  private static BigInteger serial() {
    return new BigInteger(159, RANDOM).setBit(0);
  }
}
