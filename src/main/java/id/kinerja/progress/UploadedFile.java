package id.kinerja.progress;

/** An uploaded evidence file: the name the client gave and the bytes. */
public record UploadedFile(String name, byte[] content) {

  /** The parts of a multipart request as uploads (none: an empty list); a part that cannot be read → 400. */
  public static java.util.List<UploadedFile> of(java.util.List<org.springframework.web.multipart.MultipartFile> parts) {
    java.util.List<UploadedFile> uploads = new java.util.ArrayList<>();
    for (org.springframework.web.multipart.MultipartFile part : parts == null
        ? java.util.List.<org.springframework.web.multipart.MultipartFile>of() : parts) {
      if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isEmpty())) {
        continue; // a file field left empty by a browser form
      }
      try {
        uploads.add(new UploadedFile(part.getOriginalFilename(), part.getBytes()));
      } catch (java.io.IOException e) {
        throw id.kinerja.common.ApiException.badRequest("error.unreadable-request");
      }
    }
    return uploads;
  }
}
