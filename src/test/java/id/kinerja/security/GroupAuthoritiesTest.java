package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class GroupAuthoritiesTest {

  @Test
  void knownGroupsBecomeRolesAndOthersAreIgnored() {
    List<String> authorities = GroupAuthorities.of(List.of("pegawai", "hr", "atasan", "tamu")).stream()
        .map(GrantedAuthority::getAuthority).toList();

    assertThat(authorities).containsExactly("ROLE_EMPLOYEE", "ROLE_HR");
  }

  @Test
  void tokenClaimsMayCarryFullGroupPaths() {
    assertThat(GroupAuthorities.fromClaim(List.of("/pegawai", "pimpinan", "/camunda-admin")))
        .containsExactly("pegawai", "pimpinan", "camunda-admin");
    assertThat(GroupAuthorities.fromClaim(null)).isEmpty();
  }
}
