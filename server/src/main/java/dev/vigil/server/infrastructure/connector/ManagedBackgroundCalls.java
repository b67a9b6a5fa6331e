package dev.vigil.server.infrastructure.connector;

import dev.vigil.server.application.connector.BackgroundCalls;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/** Adapter that runs PMS calls on the server's default managed executor. */
@ApplicationScoped
public class ManagedBackgroundCalls implements BackgroundCalls {

    @Resource
    ManagedExecutorService executor;

    @Override
    public <T> Future<T> submit(Callable<T> call) {
        return executor.submit(call);
    }
}
