package id.kinerja.security;

/**
 * The Content-Security-Policy of the model editors' pages ({@code /app/admin/proses/.../ubah}, decision 94): the
 * portal's policy with inline <em>style attributes</em> allowed — bpmn-js, dmn-js and form-js position and size
 * their elements with {@code style="…"} in the markup they render, which {@code style-src 'self'} blocks (the decision
 * table and the properties panel break). Scripts stay {@code 'self'} only; no other page gets this.
 */
public final class EditorContentSecurityPolicy {

  public static final String HEADER = "Content-Security-Policy";
  public static final String POLICY = PortalChain.POLICY.replace("style-src 'self'",
      "style-src 'self' 'unsafe-inline'");

  private EditorContentSecurityPolicy() {
  }
}
