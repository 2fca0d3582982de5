/**
 * Resolves in a new task, letting the browser paint and handle input in between. A message is
 * not throttled the way a nested setTimeout (4 ms at least) is.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
