package dev.phoenix.core.tls.internal;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** The names a certificate carries: subject common name and subject alternative names. */
public final class CertificateNames {
  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;

  private CertificateNames() {
  }

  /** The DNS names among the subject alternative names. */
  public static List<String> dnsNames(X509Certificate certificate) {
    return alternativeNames(certificate, DNS_NAME);
  }

  /** The IP addresses among the subject alternative names. */
  public static List<String> ipAddresses(X509Certificate certificate) {
    return alternativeNames(certificate, IP_ADDRESS);
  }

  /** The subject's common name, or the whole subject when it has none. */
  public static String commonName(X509Certificate certificate) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] common = name.getRDNs(BCStyle.CN);
    return common.length == 0 ? name.toString() : IETFUtils.valueToString(common[0].getFirst().getValue());
  }

  private static List<String> alternativeNames(X509Certificate certificate, int type) {
    Collection<List<?>> names;
    try {
      names = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      throw new IllegalArgumentException("the subject alternative names of "
          + certificate.getSubjectX500Principal().getName() + " are malformed", e);
    }
    List<String> found = new ArrayList<>();
    if (names != null) {
      for (List<?> name : names) {
        if (((Integer) name.get(0)) == type) {
          found.add((String) name.get(1));
        }
      }
    }
    return List.copyOf(found);
  }
}
