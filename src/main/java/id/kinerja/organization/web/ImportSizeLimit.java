package id.kinerja.organization.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The organisation imports read their whole body (CSV or XLSX) into memory: a body larger than
 * {@code kinerja.organization.import-max-bytes} (20 MB; a 50,000-employee CSV is about 10 MB) is refused with 413
 * problem+json before it is read when its length is declared, and stops reading at the limit (400) when it is sent
 * chunked. Runs first of all filters, before anything reads the body (a caller without a login gets the
 * same 413: the length alone is refused).
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ImportSizeLimit extends OncePerRequestFilter {

  private static final Pattern IMPORTS = Pattern.compile("^/api/v1/(units|positions|employees)/import$");

  private final Problems problems;
  private final ObjectMapper json;
  private final org.springframework.web.servlet.LocaleResolver locales;
  private final long maxBytes;

  ImportSizeLimit(Problems problems, ObjectMapper json, org.springframework.web.servlet.LocaleResolver locales,
      @Value("${kinerja.organization.import-max-bytes:20971520}") long maxBytes) {
    this.problems = problems;
    this.json = json;
    this.locales = locales;
    this.maxBytes = maxBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !IMPORTS.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      response.setHeader("Connection", "close");
      Problems.write(response, problems.create(HttpStatus.PAYLOAD_TOO_LARGE, "import-too-large", "import.too-large",
          new Object[] {maxBytes / (1024 * 1024)}, locales.resolveLocale(request)), json);
      // the answer goes out now, not after Tomcat has tried to swallow a body it will not read
      response.flushBuffer();
      return;
    }
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  /** A request whose body stops with an error after {@code max} bytes (for a body sent without its length). */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long max;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) throws IOException {
          read += n;
          if (read > max) {
            throw new IOException("import body larger than " + max + " bytes");
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
