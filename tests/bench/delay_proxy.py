#!/usr/bin/env python3
"""A TCP proxy that delays every packet, for benchmarks of the door on a slow
link: each chunk waits DELAY_MS/2 each way, so a round trip costs DELAY_MS more.
Usage: delay_proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT DELAY_MS"""
import asyncio
import sys

listen_port, host, port, delay_ms = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
one_way = delay_ms / 2000.0


async def pipe(reader, writer):
    # Each chunk leaves one_way seconds after it came, in order, without
    # holding back the chunks behind it (a link's latency, not its bandwidth).
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def send():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            await asyncio.sleep(max(0.0, due - loop.time()))
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(send())
    try:
        while data := await reader.read(65536):
            queue.put_nowait((loop.time() + one_way, data))
    except ConnectionError:
        pass
    queue.put_nowait((0, None))
    await sender


async def handle(client_reader, client_writer):
    try:
        server_reader, server_writer = await asyncio.open_connection(host, port)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


asyncio.run(main())
