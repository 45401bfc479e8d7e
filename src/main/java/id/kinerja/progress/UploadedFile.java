package id.kinerja.progress;

/** An uploaded evidence file: the name the client gave and the bytes. */
public record UploadedFile(String name, byte[] content) {
}
