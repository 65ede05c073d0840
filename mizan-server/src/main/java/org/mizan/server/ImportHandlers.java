package org.mizan.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code POST /api/imports} and {@code GET /api/imports/{id}}: upload a dataset file, import it in the
 * background with {@link org.mizan.ingest.Importer} on a temporary copy, and follow its progress.
 */
final class ImportHandlers {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9-]{2,30}");

    private final ImportJobs jobs;

    ImportHandlers(ImportJobs jobs) {
        this.jobs = jobs;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/imports", "Upload a dataset file and import it in the background (202 with the job).",
                        List.of(Param.string("name", "The file's name, which helps tell its format (e.g. x.export.CSV)."),
                                Param.string("format", "auto (default), gdelt1, gdelt2, gdelt2-mentions, icews, polecat, phoenix.")),
                        "application/octet-stream (the file; plain, .gz or .zip), or multipart/form-data with the part 'file'",
                        true, this::submit),
                Route.get("/api/imports/{id}", "An import's status (queued, running, done, failed), progress and counts.",
                        List.of(), this::status));
    }

    void submit(Context ctx) {
        Params p = new Params(ctx);
        String given = p.string("name", NAME, "a file name of letters, digits, '.', '_' and '-'");
        String format = p.string("format", FORMAT, "a dataset format name such as gdelt2");
        String upload = Bodies.uploadName(ctx);
        String name = given != null ? given : upload != null ? upload.replaceAll("[^A-Za-z0-9._-]", "_") : "upload.csv";
        Path copy = Bodies.toTempFile(ctx, "-" + name);
        ImportJobs.Job job = jobs.submit(copy, name, format == null ? "auto" : format);
        ctx.status(202).header("Location", "/api/imports/" + job.id).json(job.view());
    }

    void status(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("path parameter 'id' must be an import job number");
        }
        ImportJobs.Job job = jobs.get(id);
        if (job == null) {
            throw ApiException.notFound("no import job " + id);
        }
        ctx.json(job.view());
    }
}
