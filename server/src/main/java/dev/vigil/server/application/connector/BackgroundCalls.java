package dev.vigil.server.application.connector;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/** Outbound port: runs calls to a PMS on the server's managed threads, so a filing can stop waiting for one. */
public interface BackgroundCalls {

    <T> Future<T> submit(Callable<T> call);
}
