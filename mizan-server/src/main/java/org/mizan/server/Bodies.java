package org.mizan.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Request bodies read with a size limit: the declared length is checked before reading and the bytes
 * are counted while reading (a chunked body has no declared length), so an oversize body becomes a 413
 * and never fills memory or disk. A multipart request's {@code file} part is taken as the body.
 */
public final class Bodies {

    static final String LIMIT = "mizan.limit";

    private Bodies() {
    }

    /** Refuses a request whose declared length exceeds {@code limit}; called before any handler runs. */
    static void checkDeclared(Context ctx, long limit) {
        ctx.attribute(LIMIT, limit);
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw ApiException.tooLarge(limit);
        }
    }

    /** The body (or the uploaded file) as bytes; 413 past the limit. */
    public static byte[] bytes(Context ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(ctx, out);
        return out.toByteArray();
    }

    /** The body (or the uploaded file) in a temporary file whose name ends in {@code suffix}. */
    public static Path toTempFile(Context ctx, String suffix) {
        try {
            Path f = Files.createTempFile("mizan-upload", suffix);
            try (OutputStream out = Files.newOutputStream(f)) {
                copy(ctx, out);
            } catch (RuntimeException e) {
                Files.deleteIfExists(f);
                throw e;
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        }
    }

    /** The uploaded file's name, when the request is multipart; otherwise null. */
    public static String uploadName(Context ctx) {
        UploadedFile f = multipart(ctx) ? ctx.uploadedFile("file") : null;
        return f == null ? null : f.filename();
    }

    private static void copy(Context ctx, OutputStream out) {
        Long limitAttr = ctx.attribute(LIMIT);
        long limit = limitAttr == null ? 1L << 20 : limitAttr;
        try {
            InputStream in;
            if (multipart(ctx)) {
                UploadedFile f = ctx.uploadedFile("file");
                if (f == null) {
                    throw ApiException.badRequest("a multipart request needs its file in a part named 'file'");
                }
                in = f.content();
            } else {
                in = ctx.bodyInputStream();
            }
            try (in) {
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > limit) {
                        throw ApiException.tooLarge(limit);
                    }
                    out.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body: " + e.getMessage(), e);
        }
    }

    private static boolean multipart(Context ctx) {
        String ct = ctx.contentType();
        return ct != null && ct.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }
}
