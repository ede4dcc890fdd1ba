def conv2d(x: list, weight: list, bias: list, stride: int, padding: int) -> list:
    c_in = len(x)
    height, width = len(x[0]), len(x[0][0])
    c_out = len(weight)
    kh, kw = len(weight[0][0]), len(weight[0][0][0])

    padded_w = width + 2 * padding
    padded = []
    for c in range(c_in):
        rows = [[0.0] * padded_w for _ in range(padding)]
        for r in range(height):
            rows.append([0.0] * padding + [float(v) for v in x[c][r]] + [0.0] * padding)
        rows.extend([0.0] * padded_w for _ in range(padding))
        padded.append(rows)

    h_out = (height + 2 * padding - kh) // stride + 1
    w_out = (width + 2 * padding - kw) // stride + 1

    out = []
    for o in range(c_out):
        plane = []
        for i in range(h_out):
            top = i * stride
            row_out = []
            for j in range(w_out):
                left = j * stride
                total = float(bias[o])
                for c in range(c_in):
                    kernel = weight[o][c]
                    image = padded[c]
                    for u in range(kh):
                        image_row = image[top + u]
                        kernel_row = kernel[u]
                        for v in range(kw):
                            total += image_row[left + v] * kernel_row[v]
                row_out.append(total)
            plane.append(row_out)
        out.append(plane)
    return out
